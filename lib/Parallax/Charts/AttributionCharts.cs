using Parallax.Frames;
using Parallax.Pipeline;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>Source attribution charts: source-type mix, attribution chains, what sentences rest on, quotes against paraphrase.</summary>
public static class AttributionCharts
{
    /// <summary>Fixed colours per source type, so every chart reads the same way; unnamed sources are grey.</summary>
    public static IReadOnlyDictionary<string, string> TypeColours { get; } = new Dictionary<string, string>
    {
        ["state-media"] = "#D55E00", ["official"] = "#E69F00", ["government-body"] = "#F0E442", ["military"] = "#CC79A7",
        ["wire"] = "#0072B2", ["newspaper"] = "#56B4E9", ["broadcaster"] = "#009E73", ["journalist"] = "#332288",
        ["monitor"] = "#882255", ["aggregator"] = "#44AA99", ["other"] = "#666666", ["anonymous"] = "#AAAAAA", ["unattributed"] = "#DDDDDD",
    };

    /// <summary>Source types in display order (named kinds first, unnamed last).</summary>
    public static IReadOnlyList<string> TypeOrder { get; } = [.. TypeColours.Keys];

    /// <summary>Colours of the sentence bases: named, anonymous, unattributed, none.</summary>
    public static IReadOnlyDictionary<string, string> BasisColours { get; } = new Dictionary<string, string>
    {
        [SourcingFrames.BasisLabels[0]] = "#0072B2", [SourcingFrames.BasisLabels[1]] = "#E69F00",
        [SourcingFrames.BasisLabels[2]] = "#CC79A7", [SourcingFrames.BasisLabels[3]] = "#DDDDDD",
    };

    /// <summary>Share of each source type among the citations of each article (hover lists the sources and sentences).</summary>
    public static GenericChart SourceTypesPerArticle(CorpusTags tags) =>
        TypeMix(SourcingFrames.Citations(tags), c => c.Label, "Source types cited per article", "Article");

    /// <summary>Share of each source type among the citations of each outlet.</summary>
    public static GenericChart SourceTypesPerOutlet(CorpusTags tags) =>
        TypeMix(SourcingFrames.Citations(tags), c => c.Outlet, "Source types cited per outlet", "Outlet");

    /// <summary>Attribution chains as flows: publishing outlet → intermediary (or cited directly) → original source, coloured by the source's type.</summary>
    public static GenericChart Chains(CorpusTags tags) =>
        SankeyChart.Build(SourcingFrames.Chains(tags).Select(c => new[]
            {
                new SankeyChart.Link(0, c.Publisher, 1, c.Intermediary, 1, c.SourceType, $"{c.Source}: {c.Sentence}"),
                new SankeyChart.Link(1, c.Intermediary, 2, c.Source, 1, c.SourceType, c.Sentence),
            }).SelectMany(l => l),
            "Attribution chains: outlet → intermediary → original source", ["Publishing outlet", "Intermediary", "Original source"],
            TypeColours, "Source type");

    /// <summary>Share of each article's sentences resting on a named source, an anonymous one, an unattributed one, or none.</summary>
    public static GenericChart SentenceBasis(CorpusTags tags) =>
        StackedBarChart.Build(SourcingFrames.SentenceBasis(tags).Select(r => new StackedBarChart.Segment(r.Label, r.Basis, 1,
                HoverText.Wrap((r.Sources.Length > 0 ? r.Sources + ": " : "") + r.Sentence))),
            "What each article's sentences rest on", "Article", "Sentences", "Basis", horizontal: true, share: true,
            seriesOrder: SourcingFrames.BasisLabels, colours: BasisColours);

    /// <summary>Direct quotes, mixed quotes and paraphrase per source type (claims and relays alike).</summary>
    public static GenericChart QuoteKinds(CorpusTags tags)
    {
        var rows = SourcingFrames.Citations(tags).OrderBy(c => Rank(c.SourceType)).ToList();
        return StackedBarChart.Build(rows.Select(c => new StackedBarChart.Segment(c.SourceType, c.Quote, 1, HoverText.Wrap($"{c.Source}: {c.Sentence}"))),
            "Direct quotes against paraphrase per source type", "Source type", "Attributions", "Quoted",
            seriesOrder: ["direct", "mixed", "paraphrase"],
            colours: new Dictionary<string, string> { ["direct"] = "#0072B2", ["mixed"] = "#56B4E9", ["paraphrase"] = "#E69F00" });
    }

    private static GenericChart TypeMix(IReadOnlyList<CitationRow> rows, Func<CitationRow, string> category, string title, string categoryTitle) =>
        StackedBarChart.Build(rows.Select(c => new StackedBarChart.Segment(category(c), c.SourceType, 1, HoverText.Wrap($"{c.Source}: {c.Sentence}"))),
            title, categoryTitle, "Citations", "Source type", horizontal: true, share: true, seriesOrder: TypeOrder, colours: TypeColours);

    private static int Rank(string type) => TypeOrder.ToList().IndexOf(type) is var i and >= 0 ? i : TypeOrder.Count;
}
