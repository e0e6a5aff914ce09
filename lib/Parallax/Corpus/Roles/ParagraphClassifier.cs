namespace Parallax.Loading;

/// <summary>What the classifier learnt about an article besides the roles: title, author and date it could read.</summary>
public sealed record ClassifiedArticle(IReadOnlyList<Paragraph> Paragraphs, string? Title, string? Author, string? Published);

/// <summary>
/// Gives each paragraph a role, from <see cref="ParagraphRules"/>: format hints, then pattern rules (boilerplate,
/// promo, byline, dateline, caption, tagline), then the headline (the paragraph repeating the title, or the first
/// headline-like paragraph before the body when no title is known), then layout: in the header and footer (before the
/// first and after the last body-like paragraph) a lone name is a byline when it is the author found by a cue or stands
/// next to a dateline or byline, and in the footer a short unpunctuated line
/// is a promo. Everything else is body.
/// </summary>
public sealed class ParagraphClassifier(ParagraphRules rules)
{
    /// <param name="text">The article text.</param>
    /// <param name="blocks">Its paragraphs, with format hints.</param>
    /// <param name="titleKnown">True when metadata gives the title (even as null: "no title").</param>
    /// <param name="title">The title the metadata gives.</param>
    /// <param name="language">The article's language, for reading dates.</param>
    public ClassifiedArticle Classify(string text, IReadOnlyList<TextBlock> blocks, bool titleKnown, string? title, string? language)
    {
        int n = blocks.Count;
        var paras = blocks.Select(b => text[b.Start..b.End].Trim()).ToArray();
        var words = paras.Select(ParagraphRules.Words).ToArray();
        var roles = blocks.Select(b => b.Hint).ToArray();
        string? author = null, published = null;

        var bodyLike = Enumerable.Range(0, n).Where(i => roles[i] is null or ParagraphRole.Body && IsBodyLike(paras[i], words[i])).ToList();
        int first = bodyLike.Count > 0 ? bodyLike[0] : n, last = bodyLike.Count > 0 ? bodyLike[^1] : -1;
        Zone ZoneOf(int i) => (i < first ? Zone.Header : 0) | (i > last ? Zone.Footer : 0);

        for (int i = 0; i < n; i++)
        {
            if (roles[i] is not null) continue;
            var p = paras[i];
            var z = ZoneOf(i);
            if (rules.Boilerplate.Any(p, words[i], z)) roles[i] = ParagraphRole.Boilerplate;
            else if (rules.Promo.Any(p, words[i], z)) roles[i] = ParagraphRole.Promo;
            else if (BylineName(p, words[i], z) is { } name) { roles[i] = ParagraphRole.Byline; author ??= name; }
            else if (rules.Datelines.Read(p, language) is { } date) { roles[i] = ParagraphRole.Dateline; published ??= date; }
            else if (rules.Caption.Any(p, words[i], z)) roles[i] = ParagraphRole.Caption;
            else if (rules.Tagline.Any(p, words[i], z)) roles[i] = ParagraphRole.Tagline;
        }

        if (!titleKnown && bodyLike.Count > 0 && TitleIndex(roles, paras, words, first) is >= 0 and var h) title = paras[h];
        if (title is not null)
        {
            var repeats = new TitleMatch(title);
            for (int i = 0; i < n; i++)
                if (roles[i] is null && repeats.Matches(paras[i])) roles[i] = ParagraphRole.Headline;
        }

        if (bodyLike.Count > 0)
            for (int i = 0; i < n; i++)
            {
                if (roles[i] is not null || ZoneOf(i) == Zone.Middle) continue;
                if (rules.Names.IsName(paras[i]) && (paras[i] == author || NextTo(roles, i, ParagraphRole.Dateline, ParagraphRole.Byline)))
                {
                    roles[i] = ParagraphRole.Byline;
                    author ??= paras[i];
                }
                else if (ZoneOf(i).HasFlag(Zone.Footer) && IsHeadlineLike(paras[i], words[i]) && words[i] >= 3) roles[i] = ParagraphRole.Promo;
            }

        var paragraphs = new List<Paragraph>(n);
        for (int i = 0; i < n; i++)
        {
            var (s, e) = Trimmed(text, blocks[i].Start, blocks[i].End);
            paragraphs.Add(new Paragraph(s, e, roles[i] ?? ParagraphRole.Body));
        }
        return new ClassifiedArticle(paragraphs, titleKnown ? null : title, author, published);
    }

    /// <summary>
    /// The paragraph that is the title when no metadata gives one: a headline the format marks, else the first
    /// headline-like paragraph before the body (a lone name there is more likely a byline, unless nothing else fits).
    /// </summary>
    private int TitleIndex(ParagraphRole?[] roles, string[] paras, int[] words, int first)
    {
        int marked = Array.IndexOf(roles, ParagraphRole.Headline);
        if (marked >= 0) return marked;
        var candidates = Enumerable.Range(0, first).Where(i => roles[i] is null && IsHeadlineLike(paras[i], words[i])).ToList();
        return candidates.Where(i => !rules.Names.IsName(paras[i])).Concat(candidates).DefaultIfEmpty(-1).First();
    }

    /// <summary>A paragraph long enough and ending like a sentence.</summary>
    public bool IsBodyLike(string p, int words) => words >= rules.Layout.BodyMinWords && rules.SentenceEnd.IsMatch(p);

    /// <summary>A paragraph that could be a title: a few words, not ending with a period or colon.</summary>
    public bool IsHeadlineLike(string p, int words) =>
        words >= rules.Layout.TitleMinWords && words <= rules.Layout.TitleMaxWords && !p.EndsWith('.') && !p.EndsWith(':') && !p.EndsWith(',');

    private string? BylineName(string p, int words, Zone z)
    {
        foreach (var rule in rules.Byline)
            if (rule.Match(p, words, z) is { } m && m.Groups["name"] is { Success: true } g && rules.Names.FirstName(g.Value) is { } name)
                return name;
        return null;
    }

    private static bool NextTo(ParagraphRole?[] roles, int i, params ParagraphRole[] wanted) =>
        (i > 0 && roles[i - 1] is { } before && wanted.Contains(before)) || (i + 1 < roles.Length && roles[i + 1] is { } after && wanted.Contains(after));

    private static (int, int) Trimmed(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return (s, e);
    }
}
