namespace Parallax.Synth;

/// <summary>One sentence to write: a template of a category, and the seed of its choices (the same in any language).</summary>
public sealed record PlannedSentence(string Category, int Template, ulong Seed);

/// <summary>A paragraph to write, with its role. A dateline paragraph has no sentences.</summary>
public sealed record PlannedParagraph(ParagraphRole Role, IReadOnlyList<PlannedSentence> Sentences);

/// <summary>
/// The language-neutral plan of an article: paragraphs of planned sentences and the toll it reports. Rendering the
/// same plan in English and French gives a translation pair.
/// </summary>
public sealed record ArticlePlan(IReadOnlyList<PlannedParagraph> Paragraphs, int Killed, int Wounded)
{
    private static readonly (string Category, double Weight)[] BodyMix =
        [("casualty", 1), ("statement", 2), ("monitor", 1.5), ("quote", 2), ("hedged", 1), ("context", 2), ("reaction", 1)];

    /// <summary>A plan of about <paramref name="targetWords"/> words for an event.</summary>
    public static ArticlePlan Make(SynthWorld world, SynthEvent ev, ulong seed, int targetWords)
    {
        var r = new SynthRandom(seed);
        var used = new HashSet<(string, int)>();
        var paragraphs = new List<PlannedParagraph>();
        int words = 0;
        PlannedSentence Sentence(string category, ref SynthRandom rr)
        {
            var list = world.Templates[category];
            int t = rr.Below(list.Count);
            for (int k = 0; k < list.Count && used.Contains((category, t)); k++) t = (t + 1) % list.Count;
            used.Add((category, t));
            words += list[t].EstimatedWords;
            return new PlannedSentence(category, t, rr.Next());
        }
        string Fresh(string category)
        {
            if (HasFresh(category)) return category;
            foreach (var (c, _) in BodyMix) if (HasFresh(c)) return c;
            used.RemoveWhere(u => BodyMix.Any(m => m.Category == u.Item1));
            return category;
        }
        bool HasFresh(string category)
        {
            for (int t = 0; t < world.Templates[category].Count; t++) if (!used.Contains((category, t))) return true;
            return false;
        }
        paragraphs.Add(new(ParagraphRole.Headline, [Sentence("headline", ref r)]));
        words = 0;
        if (r.Chance(0.4)) paragraphs.Add(new(ParagraphRole.Dateline, []));
        var lead = new List<PlannedSentence> { Sentence("lead", ref r) };
        if (r.Chance(0.5)) lead.Add(Sentence("casualty", ref r));
        paragraphs.Add(new(ParagraphRole.Body, lead));
        if (r.Chance(0.3)) paragraphs.Add(new(ParagraphRole.Caption, [Sentence("caption", ref r)]));
        while (words < targetWords)
        {
            int n = r.Between(1, 3);
            var body = new List<PlannedSentence>(n);
            for (int i = 0; i < n; i++) body.Add(Sentence(Fresh(PickCategory(ref r)), ref r));
            paragraphs.Add(new(ParagraphRole.Body, body));
        }
        if (r.Chance(0.15)) paragraphs.Add(new(ParagraphRole.Promo, [Sentence("promo", ref r)]));
        if (r.Chance(0.35)) paragraphs.Add(new(ParagraphRole.Boilerplate, [Sentence("boilerplate", ref r)]));
        int killed = Math.Max(2, ev.Killed + r.Between(-2, 3));
        int wounded = Math.Max(2, ev.Wounded + r.Between(-3, 5));
        return new ArticlePlan(paragraphs, killed, wounded);
    }

    private static string PickCategory(ref SynthRandom r)
    {
        double total = BodyMix.Sum(m => m.Weight), u = r.Unit() * total;
        foreach (var (c, w) in BodyMix)
        {
            if (u < w) return c;
            u -= w;
        }
        return BodyMix[^1].Category;
    }
}
