namespace Parallax;

/// <summary>Finds articles with the same normalised text and reports each pair, naming both files.</summary>
internal static class DuplicateFinder
{
    public static IEnumerable<CorpusWarning> Find(IEnumerable<Article> articles)
    {
        var seen = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var a in articles)
        {
            var key = Key(a.Text);
            if (key.Length == 0) continue;
            if (seen.TryGetValue(key, out var first))
                yield return new CorpusWarning(a.File, null, $"same text as {first.File} (article '{a.Id}' duplicates '{first.Id}')");
            else seen[key] = a;
        }
    }

    private static string Key(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToLowerInvariant();
}
