using Deedle;
using Parallax.Names;
using Parallax.Pipeline;
using DFrame = Deedle.Frame;

namespace Parallax.Frames;

/// <summary>One mention as a frame row.</summary>
public sealed record MentionRow(string Article, string? Outlet, int Start, int End, string Text, string Kind, string? Entity, string? Title);

/// <summary>Deedle frames of the names layer: mentions, and spelling × article or spelling × outlet counts.</summary>
public static class NamesFrames
{
    /// <summary>Every mention of the corpus: article, outlet, start, end, text, kind, entity, title.</summary>
    public static Frame<int, string> Mentions(CorpusTags tags) =>
        DFrame.FromRecords(tags.Documents.SelectMany(d => d.Mentions.Select(m =>
            new MentionRow(d.Id, d.Article.Metadata.Outlet, m.Start, m.End, m.Text, m.Kind.ToString().ToLowerInvariant(), m.Entity, m.Title))));

    /// <summary>Rows: spellings ("entity | spelling"); columns: article ids; values: how often the article uses the spelling.</summary>
    public static Frame<string, string> SpellingByArticle(CorpusTags tags, MentionKind? kind = null) =>
        Counts(tags, kind, d => d.Id);

    /// <summary>Rows: spellings ("entity | spelling"); columns: outlets (article metadata, "unknown" when absent); values: counts.</summary>
    public static Frame<string, string> SpellingByOutlet(CorpusTags tags, MentionKind? kind = null) =>
        Counts(tags, kind, d => d.Article.Metadata.Outlet ?? "unknown");

    /// <summary>Row key of a spelling: its entity and its text.</summary>
    public static string RowKey(string? entity, string text) => $"{entity} | {text}";

    private static Frame<string, string> Counts(CorpusTags tags, MentionKind? kind, Func<Document, string> column)
    {
        var columns = tags.Documents.Select(column).Distinct().ToList();
        var counts = new Dictionary<(string Row, string Col), int>();
        foreach (var d in tags.Documents)
            foreach (var m in d.Mentions.Where(m => kind is null || m.Kind == kind))
            {
                var key = (RowKey(m.Entity, m.Text), column(d));
                counts[key] = counts.GetValueOrDefault(key) + 1;
            }
        var rows = counts.Keys.Select(k => k.Row).Distinct().OrderBy(r => r, StringComparer.Ordinal).ToList();
        var series = columns.Select(c => KeyValuePair.Create(c,
            new Series<string, double>(rows, rows.Select(r => (double)counts.GetValueOrDefault((r, c))).ToArray())));
        return DFrame.FromColumns(series);
    }
}
