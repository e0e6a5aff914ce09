using Deedle;
using Parallax.Pipeline;
using Parallax.Tags;
using DFrame = Deedle.Frame;

namespace Parallax.Frames;

/// <summary>One attribution as a frame row.</summary>
public sealed record AttributionRow(string Article, int Index, string Source, string SourceType, string Cue, string Quote,
    string Content, int Via, string RefersTo, int Start, int End);

/// <summary>One chain edge: the attribution <see cref="To"/> is reached through <see cref="From"/>.</summary>
public sealed record ChainEdgeRow(string Article, int From, string FromSource, string FromType, int To, string ToSource, string ToType);

/// <summary>Deedle frames over the attribution layer: every attribution, article × source-type counts, chain edges.</summary>
public static class AttributionFrames
{
    /// <summary>Every attribution (Via is -1 when the attribution is reached directly).</summary>
    public static IEnumerable<AttributionRow> Rows(CorpusTags tags) =>
        tags.Documents.SelectMany(d => d.Attributions.Select((a, i) => new AttributionRow(
            d.Id, i, a.Source, a.SourceType, a.Cue, TagsJson.Snake(a.Quote.ToString()),
            d.Text[Math.Clamp(a.ContentStart, 0, d.Text.Length)..Math.Clamp(a.ContentEnd, 0, d.Text.Length)],
            a.Via ?? -1, a.RefersTo ?? "", a.Start, a.End)));

    /// <summary>Every attribution of the corpus, one row each.</summary>
    public static Frame<int, string> Attributions(CorpusTags tags) => DFrame.FromRecords(Rows(tags).ToList());

    /// <summary>Articles × source types: how many attributions of each type each article has (0 when none).</summary>
    public static Frame<string, string> SourceTypeCounts(CorpusTags tags)
    {
        var types = tags.Documents.SelectMany(d => d.Attributions.Select(a => a.SourceType)).Distinct().Order(StringComparer.Ordinal).ToList();
        var cells = tags.Documents.SelectMany(d => types.Select(t => (Article: d.Id, Type: t, Count: d.Attributions.Count(a => a.SourceType == t)))).ToList();
        return DFrame.FromValues(cells, c => c.Type, c => c.Article, c => c.Count);
    }

    /// <summary>Chain edges (source reached through another source).</summary>
    public static IEnumerable<ChainEdgeRow> EdgeRows(CorpusTags tags) =>
        tags.Documents.SelectMany(d => d.Attributions.Select((a, i) => (a, i))
            .Where(x => x.a.Via is int v && v >= 0 && v < d.Attributions.Count)
            .Select(x => new ChainEdgeRow(d.Id, x.a.Via!.Value, d.Attributions[x.a.Via!.Value].Source, d.Attributions[x.a.Via!.Value].SourceType,
                x.i, x.a.Source, x.a.SourceType)));

    /// <summary>Chain edges as a frame.</summary>
    public static Frame<int, string> ChainEdges(CorpusTags tags) => DFrame.FromRecords(EdgeRows(tags).ToList());
}
