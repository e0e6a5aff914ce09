namespace Parallax.Loading;

/// <summary>
/// Reads <c>corpus.csv</c>, a spreadsheet of metadata next to the files: a header row with a <c>file</c> column
/// (path, id or glob) and any of the metadata fields as other columns. Empty cells give nothing.
/// </summary>
public static class CsvManifestReader
{
    public const string FileName = "corpus.csv";

    public static IReadOnlyList<ManifestEntry> Read(string root, string path, ICollection<CorpusWarning> warnings)
    {
        var name = Path.GetRelativePath(root, path).Replace('\\', '/');
        var rows = CsvTable.Read(TextDecoder.DecodeConfig(path, name), name).ToList();
        if (rows.Count == 0) return [];
        var header = rows[0].Cells.Select(h => h.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_')).ToList();
        int fileCol = header.IndexOf("file");
        if (fileCol < 0) throw new CorpusException(name, "the header row needs a 'file' column", rows[0].Line, 1, "file");
        for (int c = 0; c < header.Count; c++)
            if (c != fileCol && !MetadataFields.IsKnown(header[c]) && header[c].Length > 0)
                warnings.Add(new CorpusWarning(name, rows[0].Line, $"unknown metadata column '{header[c]}' ignored (known: {string.Join(", ", MetadataFields.All)})"));
        var entries = new List<ManifestEntry>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            var pattern = fileCol < cells.Count ? cells[fileCol].Trim() : "";
            if (pattern.Length == 0) throw new CorpusException(name, "row without a file", line, fileCol + 1, "file");
            if (ManifestPaths.Problem(root, pattern) is { } problem)
                throw new CorpusException(name, "entry rejected: " + problem, line, fileCol + 1, "file");
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (int c = 0; c < header.Count && c < cells.Count; c++)
            {
                if (c == fileCol || !MetadataFields.IsKnown(header[c])) continue;
                if (FieldReader.Checked(header[c], cells[c], name, line, c + 1) is { } v) fields[header[c]] = v;
            }
            entries.Add(new ManifestEntry(pattern.Replace('\\', '/'), fields, name, line));
        }
        return entries;
    }
}
