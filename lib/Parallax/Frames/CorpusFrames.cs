using Deedle;
using Parallax.Text;

namespace Parallax.Frames;

/// <summary>The corpus as tables: one row per article, words per paragraph role, where each metadata value came from.</summary>
public static class CorpusFrames
{
    /// <summary>One article: metadata, language and size.</summary>
    public sealed record ArticleRow(string Id, string? Title, string? Outlet, string? OutletType, string? Published, DateTime? Date,
        string? Event, string? Language, int Words, int Paragraphs, string File);

    /// <summary>Words and paragraphs of one article in one paragraph role.</summary>
    public sealed record RoleWords(string Article, string Role, int Paragraphs, int Words);

    /// <summary>How many articles have a metadata field from one origin (<c>front matter</c>, <c>manifest</c>, <c>inferred</c>, <c>missing</c>).</summary>
    public sealed record OriginCount(string Field, string Origin, int Articles);

    /// <summary>Origin labels in display order.</summary>
    public static IReadOnlyList<string> OriginLabels { get; } = ["front matter", "manifest", "inferred", "missing"];

    public static IReadOnlyList<ArticleRow> ArticleRows(Corpus corpus) =>
        corpus.Articles.Select(a => new ArticleRow(a.Id, a.Metadata.Title, a.Metadata.Outlet, a.Metadata.OutletType, a.Metadata.Published,
            a.Metadata.PublishedDate, a.Metadata.Event, a.Language, a.WordCount, a.Paragraphs.Count, a.File)).ToList();

    /// <summary>The corpus table as a Deedle frame (rows 0..n-1, columns named as <see cref="ArticleRow"/>'s properties).</summary>
    public static Frame<int, string> Articles(Corpus corpus) => Frame.FromRecords(ArticleRows(corpus));

    /// <summary>Words per article and paragraph role (roles with no paragraph are left out).</summary>
    public static IReadOnlyList<RoleWords> WordsByRole(Corpus corpus) =>
        corpus.Articles.SelectMany(a => a.Paragraphs.GroupBy(p => p.Role).OrderBy(g => g.Key)
            .Select(g => new RoleWords(a.Id, RoleName(g.Key), g.Count(), g.Sum(p => WordCounter.Count(a.Text.AsSpan(p.Start, p.End - p.Start))))))
        .ToList();

    /// <summary><see cref="WordsByRole"/> as a Deedle frame.</summary>
    public static Frame<int, string> WordsByRoleFrame(Corpus corpus) => Frame.FromRecords(WordsByRole(corpus));

    /// <summary>For every metadata field (and the language), how many articles got it from each origin.</summary>
    public static IReadOnlyList<OriginCount> MetadataOrigins(Corpus corpus)
    {
        var rows = new List<OriginCount>();
        foreach (var field in ArticleMetadata.FieldNames)
        {
            var counts = corpus.Articles.GroupBy(a => OriginOf(a, field)).ToDictionary(g => g.Key, g => g.Count());
            rows.AddRange(OriginLabels.Where(counts.ContainsKey).Select(o => new OriginCount(field, o, counts[o])));
        }
        return rows;
    }

    /// <summary><see cref="MetadataOrigins"/> as a Deedle frame.</summary>
    public static Frame<int, string> MetadataOriginsFrame(Corpus corpus) => Frame.FromRecords(MetadataOrigins(corpus));

    /// <summary>Share (0–1) of the metadata values present in the corpus that the loader inferred from the text; 0 when none is present.</summary>
    public static double InferredShare(Corpus corpus)
    {
        var present = MetadataOrigins(corpus).Where(r => r.Origin != "missing").ToList();
        var total = present.Sum(r => r.Articles);
        return total == 0 ? 0 : (double)present.Where(r => r.Origin == "inferred").Sum(r => r.Articles) / total;
    }

    /// <summary>Where an article's field came from, as a label of <see cref="OriginLabels"/>.</summary>
    public static string OriginOf(Article article, string field)
    {
        var value = field == "language" ? article.Language : article.Metadata.Get(field);
        if (value is null) return "missing";
        if (!article.Metadata.Origins.TryGetValue(field, out var origin)) return field == "language" ? "inferred" : "front matter";
        return origin switch
        {
            MetadataOrigin.FrontMatter => "front matter",
            MetadataOrigin.Manifest => "manifest",
            _ => "inferred",
        };
    }

    /// <summary>A paragraph role as a lower-case label.</summary>
    public static string RoleName(ParagraphRole role) => role.ToString().ToLowerInvariant();
}
