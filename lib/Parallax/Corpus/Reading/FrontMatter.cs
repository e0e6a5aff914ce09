namespace Parallax.Loading;

/// <summary>YAML front matter: a block between two <c>---</c> lines at the very top of a file.</summary>
public static class FrontMatter
{
    /// <summary>
    /// Splits off the front matter. Returns its fields (checked; errors name file, line, column and field) and the rest
    /// of the text with the line number where it starts.
    /// </summary>
    public static (Dictionary<string, string?> Fields, string Body, int BodyLine) Split(string text, string file, ICollection<CorpusWarning> warnings)
    {
        var t = text.Replace("\r\n", "\n");
        if (!(t.StartsWith("---\n", StringComparison.Ordinal) || t == "---"))
            return (new Dictionary<string, string?>(), t, 1);
        var lines = t.Split('\n');
        int close = Array.FindIndex(lines, 1, l => l.TrimEnd() is "---" or "...");
        if (close < 0) throw new CorpusException(file, "front matter opened with '---' is never closed", 1, 1);
        var yaml = string.Join('\n', lines[1..close]);
        var tree = YamlTree.Parse(yaml, file, lineOffset: 1);
        var fields = tree switch
        {
            null => new Dictionary<string, string?>(),
            YamlMap m => FieldReader.Read(m, file, warnings),
            _ => throw new CorpusException(file, "front matter must be a mapping of metadata fields", tree.Line, tree.Column),
        };
        return (fields, string.Join('\n', lines[(close + 1)..]), close + 2);
    }
}
