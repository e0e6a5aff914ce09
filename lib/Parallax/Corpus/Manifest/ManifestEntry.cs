namespace Parallax.Loading;

/// <summary>
/// One manifest entry: the files it covers (a path relative to the corpus folder, an article id, or a glob; defaults are the glob "**") and the
/// metadata it gives them. A null value is given on purpose ("no title") and stops inference for that field.
/// </summary>
public sealed record ManifestEntry(string Pattern, IReadOnlyDictionary<string, string?> Fields, string SourceFile, int Line)
{
    private readonly System.Text.RegularExpressions.Regex? _glob = Glob.IsGlob(Pattern) ? Glob.ToRegex(Pattern) : null;

    /// <summary>True when the pattern has wildcards.</summary>
    public bool IsGlob => _glob is not null;

    /// <summary>True when this entry covers the file at <paramref name="relativePath"/> (or an article with this id).</summary>
    public bool Covers(string relativePath, string id) =>
        _glob?.IsMatch(relativePath) ?? (string.Equals(Pattern, relativePath, StringComparison.Ordinal) || string.Equals(Pattern, id, StringComparison.Ordinal));
}
