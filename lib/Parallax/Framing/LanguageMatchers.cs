namespace Parallax.Framing;

/// <summary>
/// Phrase matchers built from a data list's entries, one per article language (entries of other languages left out;
/// an unknown language uses every entry), and the matches of one in a document's tagged paragraphs.
/// </summary>
public sealed class LanguageMatchers<T>(IReadOnlyList<T> entries, Func<T, string> language, Func<T, IEnumerable<string>> patterns)
{
    private readonly Dictionary<string, PhraseMatcher<T>> _byLanguage = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Every match in the document's tagged paragraphs: offsets and the entry.</summary>
    public IEnumerable<(int Start, int End, T Entry)> Find(Document document)
    {
        var matcher = For(document.Article.Language);
        foreach (var p in TaggedParagraphs.Of(document.Article))
        {
            var tokens = WordToken.Read(document.Text, p.Start, p.End);
            foreach (var (first, length, entry) in matcher.Matches(tokens))
                yield return (tokens[first].Start, tokens[first + length - 1].End, entry);
        }
    }

    private PhraseMatcher<T> For(string? lang)
    {
        lock (_gate)
        {
            var key = lang ?? "";
            if (!_byLanguage.TryGetValue(key, out var m))
                _byLanguage[key] = m = new PhraseMatcher<T>(entries.Where(e => TaggedParagraphs.Applies(language(e), lang))
                    .SelectMany(e => patterns(e).Select(p => (p, e))));
            return m;
        }
    }
}
