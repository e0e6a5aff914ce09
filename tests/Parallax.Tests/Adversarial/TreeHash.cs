using System.Security.Cryptography;
using System.Text;

namespace Parallax.Tests.Adversarial;

/// <summary>
/// A fingerprint of a folder tree: every entry's relative path, kind, and for files their bytes (SHA-256), size and
/// modification time; symbolic links are recorded by target and never followed (loops and escapes are safe).
/// </summary>
public static class TreeHash
{
    public static string Of(string root)
    {
        var lines = new List<string>();
        Walk(root, root, lines);
        lines.Sort(StringComparer.Ordinal);
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", lines))));
    }

    private static void Walk(string root, string dir, List<string> lines)
    {
        foreach (var path in Directory.EnumerateFileSystemEntries(dir))
        {
            var rel = Path.GetRelativePath(root, path);
            var info = new FileInfo(path);
            if (info.LinkTarget is { } target) { lines.Add($"{rel} -> {target}"); continue; }
            if (Directory.Exists(path)) { lines.Add(rel + "/"); Walk(root, path, lines); continue; }
            lines.Add($"{rel} {info.Length} {info.LastWriteTimeUtc.Ticks} {Content(path)}");
        }
    }

    private static string Content(string path)
    {
        try
        {
            using var s = File.OpenRead(path);
            return Convert.ToHexString(SHA256.HashData(s));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "unreadable"; }
    }
}
