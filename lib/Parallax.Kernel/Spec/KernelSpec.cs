using System.Text.Json;
using System.Text.Json.Nodes;
using Parallax.Kernel.Protocol;

namespace Parallax.Kernel.Spec;

/// <summary>
/// The kernelspec Jupyter front ends read (<c>kernels/NAME/kernel.json</c> + logos): display name "C# (Parallax)",
/// language C#, interrupts sent as messages on the control channel, and the command that starts this kernel.
/// </summary>
public static class KernelSpec
{
    public const string DefaultName = "parallax";
    public const string DisplayName = "C# (Parallax)";

    /// <summary>
    /// The kernel.json content: argv is <paramref name="command"/> (what starts <c>parallax</c>), then
    /// <c>kernel</c>, <paramref name="options"/> and <c>--connection-file {connection_file}</c>.
    /// </summary>
    public static JsonObject Json(IReadOnlyList<string> command, IReadOnlyList<string> options, string displayName = DisplayName) => new()
    {
        ["argv"] = new JsonArray([.. command.Select(a => (JsonNode?)a), "kernel", .. options.Select(a => (JsonNode?)a), "--connection-file", "{connection_file}"]),
        ["display_name"] = displayName,
        ["language"] = "C#",
        ["interrupt_mode"] = "message",
        ["metadata"] = new JsonObject { ["debugger"] = false },
    };

    /// <summary>
    /// The kernels folder: <c>PREFIX/share/jupyter/kernels</c> with a prefix; otherwise the user's Jupyter data folder
    /// (<c>JUPYTER_DATA_DIR</c>, else <c>~/.local/share/jupyter</c> on Linux, <c>~/Library/Jupyter</c> on macOS,
    /// <c>%APPDATA%\jupyter</c> on Windows) + <c>kernels</c>.
    /// </summary>
    public static string KernelsFolder(string? prefix)
    {
        if (prefix is not null) return Path.Combine(Path.GetFullPath(prefix), "share", "jupyter", "kernels");
        if (Environment.GetEnvironmentVariable("JUPYTER_DATA_DIR") is { Length: > 0 } data) return Path.Combine(Path.GetFullPath(data), "kernels");
        if (OperatingSystem.IsWindows()) return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData), "jupyter", "kernels");
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        if (OperatingSystem.IsMacOS()) return Path.Combine(home, "Library", "Jupyter", "kernels");
        var xdg = Environment.GetEnvironmentVariable("XDG_DATA_HOME");
        return Path.Combine(xdg is { Length: > 0 } ? xdg : Path.Combine(home, ".local", "share"), "jupyter", "kernels");
    }

    /// <summary>Writes the kernelspec folder (built beside, then swapped in); returns its path.</summary>
    public static string Install(string kernelsFolder, string name, JsonObject kernelJson)
    {
        CheckName(name);
        Directory.CreateDirectory(kernelsFolder);
        var target = Path.Combine(kernelsFolder, name);
        var staging = Path.Combine(kernelsFolder, $".{name}.new-{Guid.NewGuid().ToString("N")[..8]}");
        var old = Path.Combine(kernelsFolder, $".{name}.old-{Guid.NewGuid().ToString("N")[..8]}");
        try
        {
            Directory.CreateDirectory(staging);
            File.WriteAllText(Path.Combine(staging, "kernel.json"), kernelJson.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
            File.WriteAllBytes(Path.Combine(staging, "logo-32x32.png"), KernelLogo.Png(32));
            File.WriteAllBytes(Path.Combine(staging, "logo-64x64.png"), KernelLogo.Png(64));
            if (Directory.Exists(target)) Directory.Move(target, old);
            Directory.Move(staging, target);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
            if (Directory.Exists(old)) Directory.Delete(old, true);
        }
        return target;
    }

    /// <summary>Removes an installed kernelspec; returns its path, or null when none is installed there.</summary>
    public static string? Uninstall(string kernelsFolder, string name)
    {
        CheckName(name);
        var target = Path.Combine(kernelsFolder, name);
        if (!File.Exists(Path.Combine(target, "kernel.json"))) return null;
        Directory.Delete(target, true);
        return target;
    }

    // Jupyter allows ASCII letters, digits, '-', '.' and '_' in kernel names.
    private static void CheckName(string name)
    {
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_') || name.StartsWith('.'))
            throw new KernelException($"kernel name '{name}' is not valid (ASCII letters, digits, '-', '.', '_')");
    }
}
