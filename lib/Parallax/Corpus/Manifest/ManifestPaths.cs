namespace Parallax.Loading;

/// <summary>Keeps manifest entries and loaded files inside the corpus folder: no "..", no absolute path, no escaping symlink.</summary>
public static class ManifestPaths
{
    /// <summary>Why a manifest path is refused, or null when it stays inside <paramref name="root"/>.</summary>
    public static string? Problem(string root, string pattern)
    {
        if (pattern.Length == 0) return "empty file path";
        if (Path.IsPathRooted(pattern) || pattern.StartsWith('/') || pattern.StartsWith('\\') || (pattern.Length > 1 && pattern[1] == ':'))
            return $"'{pattern}' is an absolute path; manifest paths are relative to the corpus folder";
        if (pattern.Replace('\\', '/').Split('/').Any(s => s == ".."))
            return $"'{pattern}' goes outside the corpus folder ('..')";
        if (Glob.IsGlob(pattern)) return null;
        var full = Path.Combine(root, pattern);
        if ((File.Exists(full) || Directory.Exists(full)) && !IsInside(root, RealPath(full)))
            return $"'{pattern}' is a symbolic link leading outside the corpus folder";
        return null;
    }

    /// <summary>True when <paramref name="path"/> (already resolved) is <paramref name="root"/> or below it.</summary>
    public static bool IsInside(string root, string path)
    {
        var r = RealPath(root).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return (path + Path.DirectorySeparatorChar).StartsWith(r, OperatingSystem.IsWindows() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal);
    }

    /// <summary>The path with every symbolic link along it resolved.</summary>
    public static string RealPath(string path)
    {
        var full = Path.GetFullPath(path);
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        var parts = full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (int i = 0; i < parts.Length; i++)
        {
            var next = Path.Combine(current, parts[i]);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            try
            {
                if (info.LinkTarget is not null && info.ResolveLinkTarget(true) is { } target) next = target.FullName;
            }
            catch (IOException) { }
            current = next;
        }
        return current;
    }
}
