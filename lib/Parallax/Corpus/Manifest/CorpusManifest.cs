namespace Parallax.Loading;

/// <summary>
/// The metadata a corpus folder gives its files (<c>corpus.yaml</c> and/or <c>corpus.csv</c>). For one file, defaults
/// (written as the glob <c>**</c>, first in the list) apply first, then globs in the order written, then entries naming the file exactly; later values win.
/// </summary>
public sealed record CorpusManifest(IReadOnlyList<ManifestEntry> Entries)
{
    public static CorpusManifest Empty { get; } = new([]);

    private readonly IReadOnlyList<ManifestEntry> _globs = Entries.Where(e => e.IsGlob).ToList();

    // exact entries by pattern (a path or an id), with their position in the list: looked up, not scanned, per article
    private readonly Dictionary<string, List<(int Order, ManifestEntry Entry)>> _exact = Entries.Select((e, i) => (Order: i, Entry: e))
        .Where(x => !x.Entry.IsGlob).GroupBy(x => x.Entry.Pattern, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

    /// <summary>The fields for one article, with the entries they came from.</summary>
    public IReadOnlyDictionary<string, string?> FieldsFor(string relativePath, string id)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var exact = (_exact.GetValueOrDefault(relativePath) ?? []).Concat(id == relativePath ? [] : _exact.GetValueOrDefault(id) ?? [])
            .OrderBy(x => x.Order).Select(x => x.Entry);
        foreach (var e in _globs.Where(e => e.Covers(relativePath, id)).Concat(exact))
            foreach (var (k, v) in e.Fields) fields[k] = v;
        return fields;
    }

    /// <summary>Exact entries (no wildcard) that cover none of the given articles.</summary>
    public IEnumerable<ManifestEntry> Unmatched(IEnumerable<(string File, string Id)> articles)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (file, id) in articles) { names.Add(file); names.Add(id); }
        return Entries.Where(e => !e.IsGlob && !names.Contains(e.Pattern));
    }
}
