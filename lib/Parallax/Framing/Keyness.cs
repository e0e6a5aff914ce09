namespace Parallax.Framing;

/// <summary>One feature's keyness for a target group against the rest.</summary>
public sealed record KeynessRow(string Group, string Feature, double G2, double Chi2, double P, double LogRatio, int NTarget, int NReference);

/// <summary>What keyness counts: words, or actor labels (their text without a leading article).</summary>
public enum KeynessFeature { Terms, Labels }

/// <summary>Options: features seen fewer than <see cref="MinFrequency"/> times in both groups together are dropped.</summary>
public sealed record KeynessOptions
{
    public int MinFrequency { get; init; } = 2;
    public KeynessFeature Feature { get; init; } = KeynessFeature.Terms;
    public static KeynessOptions Default { get; } = new();
}

/// <summary>
/// Keyness between groups of articles, grouped by any metadata field ("outlet", "language", "event", "outlet_type",
/// "id"...): each group is the target in turn, against all other articles. Rows are sorted by G², highest first.
/// </summary>
public static class Keyness
{
    /// <summary>Keyness of one target count table against a reference table.</summary>
    public static List<KeynessRow> Compare(string group, IReadOnlyDictionary<string, int> target, IReadOnlyDictionary<string, int> reference, int minFrequency = 2)
    {
        double targetTotal = target.Values.Sum(), referenceTotal = reference.Values.Sum();
        var rows = new List<KeynessRow>();
        foreach (var feature in target.Keys.Union(reference.Keys))
        {
            int a = target.GetValueOrDefault(feature), b = reference.GetValueOrDefault(feature);
            if (a + b < minFrequency) continue;
            double c = targetTotal - a, d = referenceTotal - b;
            double g2 = KeynessScore.G2(a, b, c, d);
            rows.Add(new KeynessRow(group, feature, g2, KeynessScore.Chi2(a, b, c, d), KeynessScore.PValue(g2),
                KeynessScore.LogRatio(a, b, targetTotal, referenceTotal), a, b));
        }
        return rows.OrderByDescending(r => r.G2).ThenBy(r => r.Feature, StringComparer.Ordinal).ToList();
    }

    /// <summary>Keyness of every group of <paramref name="field"/> (or only <paramref name="target"/>) against the other articles.</summary>
    public static List<KeynessRow> ByGroup(IReadOnlyList<Document> documents, string field, string? target = null, KeynessOptions? options = null)
    {
        options ??= KeynessOptions.Default;
        var counts = documents.Select(d => (Group: GroupOf(d.Article, field), Counts: Count(d, options.Feature))).Where(x => x.Group is not null).ToList();
        var groups = counts.Select(x => x.Group!).Distinct().Order(StringComparer.Ordinal).ToList();
        if (target is not null)
        {
            if (!groups.Contains(target)) throw new ArgumentException($"no article has {field} = '{target}' (values: {string.Join(", ", groups)})", nameof(target));
            groups = [target];
        }
        var rows = new List<KeynessRow>();
        foreach (var g in groups)
        {
            var t = Sum(counts.Where(x => x.Group == g).Select(x => x.Counts));
            var r = Sum(counts.Where(x => x.Group != g).Select(x => x.Counts));
            if (r.Count == 0) continue;
            rows.AddRange(Compare(g, t, r, options.MinFrequency));
        }
        return rows;
    }

    /// <summary>The value of a metadata field for an article ("language" and "id" included), or null.</summary>
    public static string? GroupOf(Article article, string field) => field switch
    {
        "language" => article.Language,
        "id" => article.Id,
        "file" => article.File,
        _ when ArticleMetadata.FieldNames.Contains(field) => article.Metadata.Get(field),
        _ => throw new ArgumentException($"unknown metadata field '{field}' (known: {string.Join(", ", ArticleMetadata.FieldNames.Append("id"))})", nameof(field)),
    };

    /// <summary>Feature counts of one document: lower-case words, or label texts without a leading article.</summary>
    public static Dictionary<string, int> Count(Document d, KeynessFeature feature)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        if (feature == KeynessFeature.Labels)
        {
            foreach (var l in d.Labels) Add(counts, LabelKey(l.Text));
            return counts;
        }
        foreach (var p in TaggedParagraphs.Of(d.Article))
            foreach (var t in Parallax.Text.Tokenizer.Tokenize(d.Text, p.Start, p.End))
                if (t.IsWord && t.Text.Any(char.IsLetter)) Add(counts, WordForm.Fold(t.Text));
        return counts;
    }

    private static readonly HashSet<string> Articles = ["the", "a", "an", "le", "la", "les", "un", "une", "des", "du", "l'"];

    /// <summary>A label's text folded, without a leading article: "The Syrian Army" → "syrian army", "l'opposition" → "opposition".</summary>
    public static string LabelKey(string text)
    {
        var f = WordForm.Fold(text);
        var first = f.Split(' ')[0];
        if (Articles.Contains(first) && f.Length > first.Length) f = f[(first.Length + 1)..];
        else if (f.StartsWith("l'", StringComparison.Ordinal)) f = f[2..];
        return f;
    }

    private static void Add(Dictionary<string, int> counts, string key) => counts[key] = counts.GetValueOrDefault(key) + 1;

    private static Dictionary<string, int> Sum(IEnumerable<Dictionary<string, int>> tables)
    {
        var sum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var t in tables)
            foreach (var (k, v) in t) sum[k] = sum.GetValueOrDefault(k) + v;
        return sum;
    }
}
