namespace Parallax.Loading;

/// <summary>
/// Lists the files of a corpus folder (relative paths with '/', in ordinal order). Hidden files and folders are
/// skipped; symbolic links leading outside the folder are skipped with a warning; linked folders are visited once.
/// </summary>
public static class CorpusFiles
{
    public static IReadOnlyList<string> List(string root, ICollection<CorpusWarning> warnings)
    {
        var files = new List<string>();
        var visited = new HashSet<string>(StringComparer.Ordinal);
        Visit(root, root, files, visited, warnings);
        files.Sort(StringComparer.Ordinal);
        return files;
    }

    private static void Visit(string root, string dir, List<string> files, HashSet<string> visited, ICollection<CorpusWarning> warnings)
    {
        if (!visited.Add(ManifestPaths.RealPath(dir))) return;
        IEnumerable<string> entries;
        try { entries = Directory.EnumerateFileSystemEntries(dir).ToList(); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new CorpusWarning(Rel(root, dir), null, "folder cannot be read; skipped: " + e.Message));
            return;
        }
        foreach (var path in entries)
        {
            var name = Path.GetFileName(path);
            if (name.StartsWith('.')) continue;
            var rel = Rel(root, path);
            var info = Directory.Exists(path) ? (FileSystemInfo)new DirectoryInfo(path) : new FileInfo(path);
            if (info.LinkTarget is not null && !ManifestPaths.IsInside(root, ManifestPaths.RealPath(path)))
            {
                warnings.Add(new CorpusWarning(rel, null, "symbolic link leading outside the corpus folder; skipped"));
                continue;
            }
            if (info is DirectoryInfo) Visit(root, path, files, visited, warnings);
            else files.Add(rel);
        }
    }

    private static string Rel(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}
