namespace Parallax.Tests.Adversarial;

/// <summary>
/// Deletes every symbolic link under a folder when disposed, without following any, so a temporary folder holding link
/// loops or links to system folders is removed safely (a recursive listing would follow them).
/// </summary>
public sealed class LinkSweeper(string root) : IDisposable
{
    public void Dispose() => Sweep(root);

    private static void Sweep(string dir)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(dir))
        {
            if (new FileInfo(path).LinkTarget is not null) File.Delete(path);
            else if (Directory.Exists(path)) Sweep(path);
        }
    }
}
