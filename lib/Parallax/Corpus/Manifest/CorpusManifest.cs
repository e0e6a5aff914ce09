namespace Parallax.Loading;

/// <summary>
/// The metadata a corpus folder gives its files (<c>corpus.yaml</c> and/or <c>corpus.csv</c>). For one file, defaults
/// (written as the glob <c>**</c>, first in the list) apply first, then globs in the order written, then entries naming the file exactly; later values win.
/// </summary>
public sealed record CorpusManifest(IReadOnlyList<ManifestEntry> Entries)
{
    public static CorpusManifest Empty { get; } = new([]);

    /// <summary>The fields for one article, with the entries they came from.</summary>
    public IReadOnlyDictionary<string, string?> FieldsFor(string relativePath, string id)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var e in Entries.Where(e => e.IsGlob).Concat(Entries.Where(e => !e.IsGlob)).Where(e => e.Covers(relativePath, id)))
            foreach (var (k, v) in e.Fields) fields[k] = v;
        return fields;
    }

    /// <summary>Exact entries (no wildcard) that cover none of the given articles.</summary>
    public IEnumerable<ManifestEntry> Unmatched(IEnumerable<(string File, string Id)> articles)
    {
        var list = articles.ToList();
        return Entries.Where(e => !e.IsGlob && !list.Any(a => e.Covers(a.File, a.Id)));
    }
}
