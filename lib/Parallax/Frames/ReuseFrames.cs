using Parallax.Pipeline;

namespace Parallax.Frames;

/// <summary>A relation between two articles: kind, score, how many passages align, and the first aligned pair.</summary>
public sealed record RelationRow(string From, string To, string FromLabel, string ToLabel, string Kind, double Score, int Passages, string Example);

/// <summary>One aligned passage: the same passage in two articles.</summary>
public sealed record PassageRow(string From, string To, string Kind, int Index, string FromText, string ToText);

/// <summary>The reuse layer as tables: relations between articles and their aligned passages.</summary>
public static class ReuseFrames
{
    /// <summary>Longest passage text shown.</summary>
    public const int PassageLength = 220;

    /// <summary>Every relation, best score first.</summary>
    public static IReadOnlyList<RelationRow> Relations(CorpusTags tags) =>
        tags.Relations.OrderByDescending(r => r.Score).Select(r =>
        {
            var p = Passages(tags, r).FirstOrDefault();
            return new RelationRow(r.From, r.To, Label(tags, r.From), Label(tags, r.To), r.Kind, Math.Round(r.Score, 3), r.Passages.Count,
                p is null ? "" : $"{p.FromText} ⇄ {p.ToText}");
        }).ToList();

    /// <summary>Every aligned passage of every relation, in text order.</summary>
    public static IReadOnlyList<PassageRow> Passages(CorpusTags tags) => tags.Relations.SelectMany(r => Passages(tags, r)).ToList();

    private static IEnumerable<PassageRow> Passages(CorpusTags tags, Parallax.Reuse.ArticleRelation r)
    {
        var from = tags.Documents.FirstOrDefault(d => d.Id == r.From);
        var to = tags.Documents.FirstOrDefault(d => d.Id == r.To);
        if (from is null || to is null) yield break;
        int i = 0;
        foreach (var p in r.Passages)
            yield return new PassageRow(r.From, r.To, r.Kind, i++, Slice(from.Text, p.FromStart, p.FromEnd), Slice(to.Text, p.ToStart, p.ToEnd));
    }

    /// <summary>The article's chart label, or its id when it is not in the corpus.</summary>
    public static string Label(CorpusTags tags, string id) =>
        tags.Documents.FirstOrDefault(d => d.Id == id) is { } d ? ArticleLabel.Of(d.Article) : id;

    private static string Slice(string text, int start, int end)
    {
        start = Math.Clamp(start, 0, text.Length);
        end = Math.Clamp(end, start, text.Length);
        return SentenceText.Cut(text[start..end].Trim(), PassageLength);
    }
}
