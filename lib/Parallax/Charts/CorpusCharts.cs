using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>The corpus overview charts: publication timeline, words per paragraph role, metadata origins.</summary>
public static class CorpusCharts
{
    /// <summary>Published date × outlet, coloured by event; hover shows the title. Undated articles are listed in the data only.</summary>
    public static GenericChart Timeline(Corpus corpus) =>
        TimelineChart.Build(corpus.Articles.Select(a => new TimelineChart.Point(a.Metadata.PublishedDate,
                a.Metadata.Outlet ?? "(unknown outlet)", a.Metadata.Event ?? "(no event)", a.Metadata.Title ?? a.Id)),
            "When each outlet published", "Outlet", "Event", "Published");

    /// <summary>Words per article, stacked by paragraph role.</summary>
    public static GenericChart WordsByRole(Corpus corpus)
    {
        var titles = corpus.Articles.ToDictionary(a => a.Id, a => a.Metadata.Title);
        return StackedBarChart.Build(
            CorpusFrames.WordsByRole(corpus).Select(r => new StackedBarChart.Segment(r.Article, r.Role, r.Words,
                $"{r.Paragraphs} paragraph(s)" + (titles[r.Article] is { } t ? " · " + t : ""))),
            "Words per article by paragraph role", "Article", "Words", "Paragraph role", horizontal: true);
    }

    /// <summary>For each metadata field, how many articles have it from front matter, the manifest, inference, or not at all.</summary>
    public static GenericChart MetadataOrigins(Corpus corpus) =>
        StackedBarChart.Build(
            CorpusFrames.MetadataOrigins(corpus).Select(r => new StackedBarChart.Segment(r.Field, r.Origin, r.Articles)),
            "Where the metadata came from", "Metadata field", "Articles", "Origin",
            seriesOrder: CorpusFrames.OriginLabels, colours: OriginColours);

    /// <summary>Fixed colours per metadata origin, so every chart reads the same way; missing is grey.</summary>
    public static IReadOnlyDictionary<string, string> OriginColours { get; } = new Dictionary<string, string>
    {
        ["front matter"] = Palette.Colour(0), ["manifest"] = Palette.Colour(2), ["inferred"] = Palette.Colour(1), ["missing"] = "#BBBBBB",
    };
}
