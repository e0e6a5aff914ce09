using Deedle;
using Parallax.Framing;
using Parallax.Pipeline.Summaries;
using DFrame = Deedle.Frame;

namespace Parallax.Frames;

/// <summary>One summarised article as a frame row.</summary>
public sealed record SummaryArticleRow(
    string Id, string File, string? Outlet, string? OutletType, string? Language, string? Published, string? Event,
    int Words, int Mentions, int Attributions, int Labels, int Hedges);

/// <summary>Source type × outlet counts in long form.</summary>
public sealed record SourceTypeOutletRow(string SourceType, string Outlet, int Count);

/// <summary>
/// The summary tables of a large corpus built from <see cref="SummaryTags"/> (no texts held): articles, spelling ×
/// outlet, side counts, hedges per article, source types per outlet, label keyness between groups.
/// </summary>
public static class SummaryFrames
{
    /// <summary>One row per article: metadata and layer counts.</summary>
    public static Frame<int, string> Articles(SummaryTags tags) =>
        DFrame.FromRecords(tags.Articles.Select(a => new SummaryArticleRow(a.Id, a.File, a.Outlet, a.Get("outlet_type"), a.Language, a.Get("published"),
            a.Get("event"), a.Words, a.Spellings.Sum(s => s.Count), a.SourceTypes.Sum(s => s.Count), a.LabelKeys.Sum(s => s.Count), a.HedgeCount)));

    /// <summary>Rows: spellings ("entity | spelling"); columns: outlets ("unknown" when absent); values: uses.</summary>
    public static Frame<string, string> SpellingByOutlet(SummaryTags tags)
    {
        var columns = new List<string>();
        var colAt = new Dictionary<string, int>(StringComparer.Ordinal);
        var colOf = new int[tags.Articles.Count];
        for (int d = 0; d < tags.Articles.Count; d++)
        {
            var col = tags.Articles[d].Outlet ?? "unknown";
            if (!colAt.TryGetValue(col, out int c)) { colAt[col] = c = columns.Count; columns.Add(col); }
            colOf[d] = c;
        }
        // one row per (entity, spelling), its key made once; only the cells that are used are counted (most are zero)
        var rowAt = new Dictionary<(string?, string), int>();
        var keys = new List<string>();
        var used = new Dictionary<(int Row, int Column), double>();
        for (int d = 0; d < tags.Articles.Count; d++)
        {
            var a = tags.Articles[d];
            for (int k = 0; k < a.Spellings.Count; k++)
            {
                var id = (tags.EntityOf.Count > d ? tags.EntityOf[d][k] : null, a.Spellings[k].Text);
                if (!rowAt.TryGetValue(id, out int r))
                {
                    rowAt[id] = r = keys.Count;
                    keys.Add(NamesFrames.RowKey(id.Item1, id.Item2));
                }
                var cell = (r, colOf[d]);
                used[cell] = used.GetValueOrDefault(cell) + a.Spellings[k].Count;
            }
        }
        var order = Enumerable.Range(0, keys.Count).ToArray();
        Array.Sort(order, (x, y) => string.CompareOrdinal(keys[x], keys[y]));
        var position = new int[order.Length];
        for (int i = 0; i < order.Length; i++) position[order[i]] = i;
        var cells = new double[columns.Count][];
        for (int c = 0; c < columns.Count; c++) cells[c] = new double[order.Length];
        foreach (var ((r, c), uses) in used) cells[c][position[r]] = uses;
        // one array per column under shared keys: no index alignment (thousands of rows × hundreds of outlets)
        return ColumnFrame.Create(Array.ConvertAll(order, r => keys[r]), columns, cells);
    }

    /// <summary>Side × outlet × category label counts (labels inside quotations left out), as <see cref="FramingFrames.SideCounts"/>.</summary>
    public static Frame<int, string> SideCounts(SummaryTags tags) =>
        DFrame.FromRecords(tags.Articles.SelectMany(a => a.Sides.Select(s => (s.Side, Outlet: a.Outlet ?? a.Id, s.Category, s.Count)))
            .GroupBy(x => (x.Side, x.Outlet, x.Category))
            .Select(g => new SideCountRow(g.Key.Side, g.Key.Outlet, g.Key.Category, g.Sum(x => x.Count)))
            .OrderBy(r => r.Side, StringComparer.Ordinal).ThenBy(r => r.Outlet, StringComparer.Ordinal).ThenBy(r => r.Category, StringComparer.Ordinal));

    /// <summary>Certainty markers per article (kinds counted; the hedges' texts are not kept in summaries).</summary>
    public static Frame<int, string> HedgesPerArticle(SummaryTags tags) =>
        DFrame.FromRecords(tags.Articles.Select(a => new HedgeRow(a.Id, a.Outlet, a.HedgeCount, a.Words,
            a.Words == 0 ? 0 : Math.Round(1000.0 * a.HedgeCount / a.Words, 3),
            string.Join(";", a.Hedges.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}:{h.Count}")), "")));

    /// <summary>Attributions per source type and outlet.</summary>
    public static Frame<int, string> SourceTypesByOutlet(SummaryTags tags) =>
        DFrame.FromRecords(tags.Articles.SelectMany(a => a.SourceTypes.Select(s => (s.Key, Outlet: a.Outlet ?? "unknown", s.Count)))
            .GroupBy(x => (x.Key, x.Outlet)).Select(g => new SourceTypeOutletRow(g.Key.Key, g.Key.Outlet, g.Sum(x => x.Count)))
            .OrderBy(r => r.SourceType, StringComparer.Ordinal).ThenBy(r => r.Outlet, StringComparer.Ordinal));

    /// <summary>Keyness of actor labels between the groups of a metadata field (e.g. "language"), as <see cref="Keyness.ByGroup"/> with labels.</summary>
    public static Frame<int, string> LabelKeyness(SummaryTags tags, string field, int minFrequency = 2)
    {
        var groups = tags.Articles.Select(a => (Group: field == "language" ? a.Language : field == "id" ? a.Id : a.Get(field), a.LabelKeys))
            .Where(x => x.Group is not null).GroupBy(x => x.Group!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => Sum(g.SelectMany(x => x.LabelKeys)), StringComparer.Ordinal);
        var rows = new List<KeynessRow>();
        foreach (var g in groups.Keys.Order(StringComparer.Ordinal))
        {
            var reference = Sum(groups.Where(kv => kv.Key != g).SelectMany(kv => kv.Value.Select(x => new KeyCount(x.Key, x.Value))));
            if (reference.Count == 0) continue;
            rows.AddRange(Keyness.Compare(g, groups[g], reference, minFrequency));
        }
        return DFrame.FromRecords(rows);
    }

    private static Dictionary<string, int> Sum(IEnumerable<KeyCount> counts)
    {
        var sum = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in counts) sum[c.Key] = sum.GetValueOrDefault(c.Key) + c.Count;
        return sum;
    }
}
