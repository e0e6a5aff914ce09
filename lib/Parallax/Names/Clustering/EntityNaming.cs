using System.Text;

namespace Parallax.Names.Clustering;

/// <summary>Canonical names and ids of entities.</summary>
public static class EntityNaming
{
    /// <summary>
    /// The most frequent full form (for persons: two name words or more; for organisations: not an acronym), ties going
    /// to the form used in the earliest article; a place known to the gazetteer keeps its gazetteer name when used.
    /// <paramref name="weights"/>, when given, says how many mentions each one stands for.
    /// </summary>
    public static string Canonical(MentionKind kind, IReadOnlyList<MentionRef> mentions, Func<string, bool> isFull, string? preferred, IReadOnlyList<int>? weights = null)
    {
        if (preferred is not null && mentions.Any(m => TextFold.Fold(m.Text) == TextFold.Fold(preferred)))
            return mentions.First(m => TextFold.Fold(m.Text) == TextFold.Fold(preferred)).Text;
        var forms = mentions.Select((m, i) => (m, Weight: weights is null ? 1 : weights[i])).GroupBy(x => x.m.Text)
            .Select(g => (Text: g.Key, Count: g.Sum(x => x.Weight), First: g.Min(x => (x.m.Doc, x.m.Mention.Start)), Full: isFull(g.Key)))
            .OrderByDescending(f => f.Full).ThenByDescending(f => f.Count).ThenBy(f => f.First.Doc).ThenBy(f => f.First.Start)
            .ToList();
        return forms[0].Text;
    }

    /// <summary>"Islamic Revolutionary Guard Corps" → "islamic-revolutionary-guard-corps"; non-Latin letters are kept.</summary>
    public static string Slug(string s)
    {
        var f = TextFold.Fold(s);
        var sb = new StringBuilder();
        foreach (var c in f)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-') is { Length: > 0 } r ? r : "entity";
    }
}
