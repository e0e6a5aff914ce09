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

/// <summary>The tables <see cref="SummaryFrames.All"/> builds.</summary>
public sealed record SummaryTables(Frame<int, string> Articles, Frame<int, string> SpellingOutletUses, Frame<int, string> SideCounts,
    Frame<int, string> HedgesPerArticle, Frame<int, string> SourceTypesByOutlet, Frame<int, string> LabelKeyness)
{
    /// <summary>Rows over all tables.</summary>
    public int RowCount => Articles.RowCount + SpellingOutletUses.RowCount + SideCounts.RowCount + HedgesPerArticle.RowCount + SourceTypesByOutlet.RowCount + LabelKeyness.RowCount;
}

/// <summary>
/// The summary tables of a large corpus built from <see cref="SummaryTags"/> (no texts held): articles, spelling ×
/// outlet, side counts, hedges per article, source types per outlet, label keyness between groups.
/// </summary>
public static class SummaryFrames
{
    /// <summary>
    /// Every summary table, built side by side on all cores (keyness between the groups of <paramref name="keynessField"/>);
    /// spellings by outlet in long form (<see cref="SpellingOutletUses"/>), which holds what the wide table holds.
    /// </summary>
    public static SummaryTables All(SummaryTags tags, string keynessField = "language")
    {
        Frame<int, string>? articles = null, spellings = null, sides = null, hedges = null, sourceTypes = null, keyness = null;
        Parallel.Invoke(
            () => spellings = SpellingOutletUses(tags),
            () => articles = Articles(tags),
            () => sides = SideCounts(tags),
            () => hedges = HedgesPerArticle(tags),
            () => sourceTypes = SourceTypesByOutlet(tags),
            () => keyness = LabelKeyness(tags, keynessField));
        return new SummaryTables(articles!, spellings!, sides!, hedges!, sourceTypes!, keyness!);
    }

    /// <summary>One row per article: metadata and layer counts.</summary>
    public static Frame<int, string> Articles(SummaryTags tags) =>
        RecordFrame.Of(tags.Articles.Select(a => new SummaryArticleRow(a.Id, a.File, a.Outlet, a.Get("outlet_type"), a.Language, a.Get("published"),
            a.Get("event"), a.Words, a.Spellings.Sum(s => s.Count), a.SourceTypes.Sum(s => s.Count), a.LabelKeys.Sum(s => s.Count), a.HedgeCount)).ToList());

    /// <summary>
    /// Rows: spellings ("entity | spelling"); columns: outlets ("unknown" when absent); values: uses. Every cell is held:
    /// on large corpora (95,000 spellings × 370 outlets at 100,000 synthetic articles, 280 MB) prefer <see cref="SpellingOutletUses"/>.
    /// </summary>
    public static Frame<string, string> SpellingByOutlet(SummaryTags tags)
    {
        var uses = SpellingUses.Of(tags);
        var cells = new double[uses.Outlets.Count][];
        for (int c = 0; c < cells.Length; c++) cells[c] = new double[uses.Rows.Count];
        for (int d = 0, u = 0; d < tags.Articles.Count; d++)
        {
            var column = cells[uses.OutletOf[d]];
            foreach (var s in tags.Articles[d].Spellings) column[uses.RowOfUse[u++]] += s.Count;
        }
        // one array per column under shared keys: no index alignment (thousands of rows × hundreds of outlets)
        return ColumnFrame.Create(uses.Rows.ConvertAll(r => r.Key), uses.Outlets, cells);
    }

    /// <summary>
    /// The cells of <see cref="SpellingByOutlet"/> that are used, in long form: one row per entity, spelling and outlet
    /// (columns Entity, Spelling, Outlet, Uses), ordered as that table's rows, then by outlet.
    /// </summary>
    public static Frame<int, string> SpellingOutletUses(SummaryTags tags)
    {
        var uses = SpellingUses.Of(tags);
        // the uses grouped by row (a counting sort), then each row's outlets summed
        var start = new int[uses.Rows.Count + 1];
        foreach (var r in uses.RowOfUse) start[r + 1]++;
        for (int r = 0; r < uses.Rows.Count; r++) start[r + 1] += start[r];
        var next = start[..^1];
        var outletOfUse = new int[uses.RowOfUse.Length];
        var countOfUse = new int[uses.RowOfUse.Length];
        for (int d = 0, u = 0; d < tags.Articles.Count; d++)
            foreach (var s in tags.Articles[d].Spellings)
            {
                int at = next[uses.RowOfUse[u++]]++;
                outletOfUse[at] = uses.OutletOf[d];
                countOfUse[at] = s.Count;
            }
        var outletRank = new int[uses.Outlets.Count];
        var byName = Enumerable.Range(0, uses.Outlets.Count).ToArray();
        Array.Sort(byName, (x, y) => string.CompareOrdinal(uses.Outlets[x], uses.Outlets[y]));
        for (int i = 0; i < byName.Length; i++) outletRank[byName[i]] = i;
        var (entity, spelling, outlet, count) = (new List<string?>(), new List<string>(), new List<string>(), new List<int>());
        var sum = new int[uses.Outlets.Count];
        var seen = new List<int>();
        for (int r = 0; r < uses.Rows.Count; r++)
        {
            seen.Clear();
            for (int at = start[r]; at < start[r + 1]; at++)
            {
                if (sum[outletOfUse[at]] == 0) seen.Add(outletOfUse[at]);
                sum[outletOfUse[at]] += countOfUse[at];
            }
            seen.Sort((x, y) => outletRank[x].CompareTo(outletRank[y]));
            foreach (var o in seen)
            {
                entity.Add(uses.Rows[r].Entity); spelling.Add(uses.Rows[r].Text); outlet.Add(uses.Outlets[o]); count.Add(sum[o]);
                sum[o] = 0;
            }
        }
        return ColumnFrame.Create(count.Count, ("Entity", ColumnFrame.Column(entity.ToArray())), ("Spelling", ColumnFrame.Column(spelling.ToArray())),
            ("Outlet", ColumnFrame.Column(outlet.ToArray())), ("Uses", ColumnFrame.Column(count.ToArray())));
    }

    // Each use's row of the spelling × outlet table (rows in key order), and each article's outlet column.
    private sealed record SpellingUses(List<(string? Entity, string Text, string Key)> Rows, List<string> Outlets, int[] OutletOf, int[] RowOfUse)
    {
        public static SpellingUses Of(SummaryTags tags)
        {
            var outlets = new List<string>();
            var outletAt = new Dictionary<string, int>(StringComparer.Ordinal);
            var outletOf = new int[tags.Articles.Count];
            for (int d = 0; d < tags.Articles.Count; d++)
            {
                var col = tags.Articles[d].Outlet ?? "unknown";
                if (!outletAt.TryGetValue(col, out int c)) { outletAt[col] = c = outlets.Count; outlets.Add(col); }
                outletOf[d] = c;
            }
            // one row per (entity, spelling), its key made once; rows numbered as first met, then renumbered in key order
            var rowsOfEntity = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
            var rowsOfNone = new Dictionary<string, int>(StringComparer.Ordinal);
            var rows = new List<(string? Entity, string Text, string Key)>();
            var rowOfUse = new int[tags.Articles.Sum(a => a.Spellings.Count)];
            // uses of one clustering node share text and entity: each node's row is looked up once (3 M uses at 100,000 articles)
            var nodeOf = tags.Articles.Count > 0 && tags.SpellingNodeOf.Count == tags.Articles.Count ? tags.SpellingNodeOf : null;
            var rowOfNode = new int[nodeOf is null ? 0 : nodeOf.Max(ns => ns.Length == 0 ? -1 : ns.Max()) + 1];
            Array.Fill(rowOfNode, -1);
            for (int d = 0, u = 0; d < tags.Articles.Count; d++)
            {
                var a = tags.Articles[d];
                var entities = tags.EntityOf.Count > d ? tags.EntityOf[d] : null;
                var nodes = nodeOf?[d] is { } ns && ns.Length == a.Spellings.Count ? ns : null;
                for (int k = 0; k < a.Spellings.Count; k++)
                {
                    if (nodes is not null && rowOfNode[nodes[k]] >= 0) { rowOfUse[u++] = rowOfNode[nodes[k]]; continue; }
                    var entity = entities?[k];
                    var text = a.Spellings[k].Text;
                    Dictionary<string, int>? rowOf = rowsOfNone;
                    if (entity is not null && !rowsOfEntity.TryGetValue(entity, out rowOf)) rowsOfEntity[entity] = rowOf = new(StringComparer.Ordinal);
                    if (!rowOf.TryGetValue(text, out int r))
                    {
                        rowOf[text] = r = rows.Count;
                        rows.Add((entity, text, NamesFrames.RowKey(entity, text)));
                    }
                    if (nodes is not null) rowOfNode[nodes[k]] = r;
                    rowOfUse[u++] = r;
                }
            }
            var order = Enumerable.Range(0, rows.Count).ToArray();
            Array.Sort(order, (x, y) => string.CompareOrdinal(rows[x].Key, rows[y].Key));
            var position = new int[order.Length];
            for (int i = 0; i < order.Length; i++) position[order[i]] = i;
            for (int u = 0; u < rowOfUse.Length; u++) rowOfUse[u] = position[rowOfUse[u]];
            return new SpellingUses([.. order.Select(r => rows[r])], outlets, outletOf, rowOfUse);
        }
    }

    /// <summary>Side × outlet × category label counts (labels inside quotations left out), as <see cref="FramingFrames.SideCounts"/>.</summary>
    public static Frame<int, string> SideCounts(SummaryTags tags) =>
        RecordFrame.Of(Totals(tags.Articles.SelectMany(a => a.Sides.Select(s => ((s.Side, Outlet: a.Outlet ?? a.Id, s.Category), s.Count))))
            .Select(x => new SideCountRow(x.Key.Side, x.Key.Outlet, x.Key.Category, x.Value))
            .OrderBy(r => r.Side, StringComparer.Ordinal).ThenBy(r => r.Outlet, StringComparer.Ordinal).ThenBy(r => r.Category, StringComparer.Ordinal).ToList());

    /// <summary>Certainty markers per article (kinds counted; the hedges' texts are not kept in summaries).</summary>
    public static Frame<int, string> HedgesPerArticle(SummaryTags tags) =>
        RecordFrame.Of(tags.Articles.Select(a => new HedgeRow(a.Id, a.Outlet, a.HedgeCount, a.Words,
            a.Words == 0 ? 0 : Math.Round(1000.0 * a.HedgeCount / a.Words, 3),
            string.Join(";", a.Hedges.OrderBy(h => h.Key, StringComparer.Ordinal).Select(h => $"{h.Key}:{h.Count}")), "")).ToList());

    /// <summary>Attributions per source type and outlet.</summary>
    public static Frame<int, string> SourceTypesByOutlet(SummaryTags tags) =>
        RecordFrame.Of(Totals(tags.Articles.SelectMany(a => a.SourceTypes.Select(s => ((Type: s.Key, Outlet: a.Outlet ?? "unknown"), s.Count))))
            .Select(x => new SourceTypeOutletRow(x.Key.Type, x.Key.Outlet, x.Value))
            .OrderBy(r => r.SourceType, StringComparer.Ordinal).ThenBy(r => r.Outlet, StringComparer.Ordinal).ToList());

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

    private static Dictionary<string, int> Sum(IEnumerable<KeyCount> counts) => Totals(counts.Select(c => (c.Key, c.Count)));

    // Counts summed by key (a dictionary, not a grouping of every item).
    private static Dictionary<TKey, int> Totals<TKey>(IEnumerable<(TKey Key, int Count)> counts) where TKey : notnull
    {
        var sums = new Dictionary<TKey, int>();
        foreach (var (key, count) in counts) System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, key, out _) += count;
        return sums;
    }
}
