using System.Diagnostics;

namespace Parallax.Tests.Adversarial;

/// <summary>
/// A folder nobody can write into, not even root: permissions 555, plus the immutable attribute (chattr +i) when the
/// tests run as root; both are undone on dispose. <see cref="Writable"/> says whether the lock could not be made.
/// </summary>
public sealed class ReadOnlyFolder : IDisposable
{
    public string Path { get; }
    private readonly bool _immutable;

    public ReadOnlyFolder(string path)
    {
        Path = path;
        Directory.CreateDirectory(path);
        if (OperatingSystem.IsWindows()) return;
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        if (Environment.UserName == "root") _immutable = Chattr("+i");
    }

    /// <summary>True when writing into the folder still works (root without chattr): the caller skips its checks.</summary>
    public bool Writable
    {
        get
        {
            var probe = System.IO.Path.Combine(Path, ".probe");
            try { File.WriteAllText(probe, ""); File.Delete(probe); return true; }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return false; }
        }
    }

    public void Dispose()
    {
        if (_immutable) Chattr("-i");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }

    private bool Chattr(string flag)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo("chattr", [flag, Path]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            p.WaitForExit(10_000);
            return p.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception) { return false; }
    }
}
