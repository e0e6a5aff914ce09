using Parallax.Pipeline;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax.Frames;

/// <summary>
/// One claim's route to the reader: the publishing outlet, the source it is relayed through ("(cited directly)" when
/// none) and the original source, with the source's type, how it is quoted and the sentence.
/// </summary>
public sealed record ChainRow(string Article, string Publisher, string Intermediary, string IntermediaryType, string Source, string SourceType,
    string Quote, string Sentence);

/// <summary>One citation of a source in an article: who (pronouns resolved), its type, quote kind and the sentence.</summary>
public sealed record CitationRow(string Article, string Label, string Outlet, string Source, string SourceType, string Quote, bool Relay, string Sentence);

/// <summary>What one sentence rests on: a named source, an anonymous one, an unattributed estimate, or nothing (the outlet's own voice).</summary>
public sealed record SentenceBasisRow(string Article, string Label, string Basis, string Sources, string Sentence);

/// <summary>
/// The attribution layer read as claims: who is cited and how (<see cref="Citations"/>), each claim's chain from outlet
/// to original source (<see cref="Chains"/>), and what every sentence of the reporting rests on (<see cref="SentenceBasis"/>).
/// An attribution that another is reached through ("X reported, citing Y") is a relay: the claim rests on Y.
/// </summary>
public static class SourcingFrames
{
    /// <summary>The text shown for a direct link in a chain (no intermediary).</summary>
    public const string Direct = "(cited directly)";

    /// <summary>Basis labels in display order.</summary>
    public static IReadOnlyList<string> BasisLabels { get; } = ["named source", "anonymous source", "unattributed", "no source (outlet's voice)"];

    /// <summary>Source types that mean no identifiable source.</summary>
    public static IReadOnlySet<string> UnnamedTypes { get; } = new HashSet<string>(StringComparer.Ordinal) { "anonymous", "unattributed" };

    /// <summary>The source as shown: what a pronoun or description refers to, else the source's own words.</summary>
    public static string SourceName(AttributionRecord a) => string.IsNullOrWhiteSpace(a.RefersTo) ? a.Source : a.RefersTo!;

    /// <summary>The quote kind as a word: "direct", "mixed" or "paraphrase".</summary>
    public static string QuoteName(AttributionRecord a) => a.Quote switch
    {
        Attribution.QuoteKind.Direct => "direct",
        Attribution.QuoteKind.Mixed => "mixed",
        _ => "paraphrase",
    };

    /// <summary>Indexes of the attributions another attribution of the document is reached through.</summary>
    public static IReadOnlySet<int> Relays(Document d) =>
        d.Attributions.Select(a => a.Via).OfType<int>().Where(v => v >= 0 && v < d.Attributions.Count).ToHashSet();

    /// <summary>Every attribution, one row each, with its sentence.</summary>
    public static IReadOnlyList<CitationRow> Citations(CorpusTags tags) =>
        tags.Documents.SelectMany(d =>
        {
            var relays = Relays(d);
            return d.Attributions.Select((a, i) => new CitationRow(d.Id, ArticleLabel.Of(d.Article), ArticleLabel.Outlet(d.Article),
                SourceName(a), a.SourceType, QuoteName(a), relays.Contains(i), SentenceText.At(d.Article, Anchor(a))));
        }).ToList();

    /// <summary>Every claim (an attribution that is not only a relay) with its chain: outlet → outermost relay → source.</summary>
    public static IReadOnlyList<ChainRow> Chains(CorpusTags tags) =>
        tags.Documents.SelectMany(d =>
        {
            var relays = Relays(d);
            return d.Attributions.Select((a, i) => (a, i)).Where(x => !relays.Contains(x.i)).Select(x =>
            {
                var top = Outermost(d.Attributions, x.i);
                var via = top == x.i ? null : d.Attributions[top];
                return new ChainRow(d.Id, ArticleLabel.Outlet(d.Article), via is null ? Direct : SourceName(via), via?.SourceType ?? "",
                    SourceName(x.a), x.a.SourceType, QuoteName(x.a), SentenceText.At(d.Article, Anchor(x.a)));
            });
        }).ToList();

    /// <summary>
    /// Each sentence of the reporting (paragraphs other than boilerplate, promotions, bylines and datelines) and what it rests
    /// on: the claims (not relays) whose source or content overlaps it.
    /// </summary>
    public static IReadOnlyList<SentenceBasisRow> SentenceBasis(CorpusTags tags)
    {
        var splitter = Parallax.Text.SentenceSplitter.For(KitData.For(null));
        var rows = new List<SentenceBasisRow>();
        foreach (var d in tags.Documents)
        {
            var relays = Relays(d);
            var claims = d.Attributions.Where((_, i) => !relays.Contains(i)).ToList();
            foreach (var p in d.Article.Paragraphs.Where(p => p.Role is not (ParagraphRole.Boilerplate or ParagraphRole.Promo or ParagraphRole.Byline or ParagraphRole.Dateline)))
                foreach (var (s, e) in splitter.Split(d.Text, p.Start, p.End))
                {
                    if (!d.Text.AsSpan(s, e - s).ContainsAnyExcept(" \t\u00a0")) continue;
                    var here = claims.Where(a => Overlaps(a, s, e)).ToList();
                    rows.Add(new SentenceBasisRow(d.Id, ArticleLabel.Of(d.Article), BasisOf(here),
                        string.Join("; ", here.Select(a => $"{SourceName(a)} ({a.SourceType})").Distinct()), SentenceText.Cut(d.Text[s..e])));
                }
        }
        return rows;
    }

    /// <summary>Share (0–1) of claims whose original source is anonymous or unattributed; 0 when there is no claim.</summary>
    public static double UnnamedShare(IReadOnlyList<ChainRow> chains) =>
        chains.Count == 0 ? 0 : (double)chains.Count(c => UnnamedTypes.Contains(c.SourceType)) / chains.Count;

    private static string BasisOf(IReadOnlyList<AttributionRecord> claims) =>
        claims.Any(a => !UnnamedTypes.Contains(a.SourceType)) ? BasisLabels[0]
        : claims.Any(a => a.SourceType == "anonymous") ? BasisLabels[1]
        : claims.Count > 0 ? BasisLabels[2]
        : BasisLabels[3];

    private static bool Overlaps(AttributionRecord a, int s, int e) =>
        (a.ContentEnd > s && a.ContentStart < e) || (a.SourceStart >= 0 && a.SourceEnd > s && a.SourceStart < e);

    private static int Anchor(AttributionRecord a) => a.SourceStart >= 0 ? a.SourceStart : a.ContentStart;

    // Follows Via links up to the attribution the outlet cites itself (stops on a cycle).
    private static int Outermost(IReadOnlyList<AttributionRecord> all, int i)
    {
        var seen = new HashSet<int> { i };
        while (all[i].Via is int v && v >= 0 && v < all.Count && seen.Add(v)) i = v;
        return i;
    }
}
