using Parallax.Attribution;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax.Tests.Attribution;

/// <summary>Tags hand-written texts (one paragraph per line) with the attribution tagger.</summary>
internal static class AttributionKit
{
    private static readonly Lazy<AttributionTagger> Tagger = new(() => new AttributionTagger(KitData.For(null)));
    private static readonly Lazy<AttributionTagger> HedgeTagger = new(() => new AttributionTagger(KitData.For(null), new AttributionOptions { KeepUnsourcedHedges = true }));

    public static Article Article(string text, string? language = "en", ParagraphRole role = ParagraphRole.Body)
    {
        var paragraphs = ParagraphSplitter.Split(text).Select(p => new Paragraph(p.Start, p.End, role)).ToList();
        return new Article("t", "t.txt", text, language, 1, new ArticleMetadata(), paragraphs);
    }

    public static IReadOnlyList<AttributionRecord> Tag(string text, string? language = "en", bool hedges = false, ParagraphRole role = ParagraphRole.Body) =>
        (hedges ? HedgeTagger : Tagger).Value.Find(new Document(Article(text, language, role)));

    public static string Content(string text, AttributionRecord a) => text[a.ContentStart..a.ContentEnd];

    /// <summary>The single attribution whose source is <paramref name="source"/>.</summary>
    public static AttributionRecord BySource(IReadOnlyList<AttributionRecord> list, string source) =>
        Assert.Single(list, a => a.Source == source);
}
