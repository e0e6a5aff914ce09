using Deedle;
using Parallax.Framing;
using Parallax.Pipeline;
using DFrame = Deedle.Frame;

namespace Parallax.Frames;

/// <summary>One actor label as a frame row.</summary>
public sealed record LabelRow(string Article, string? Outlet, string Text, string Head, string Actor, string Categories, int? QuotedFrom, bool InQuotation, int Start, int End);

/// <summary>How many labels of a side and category an outlet used (a label with several categories counts in each).</summary>
public sealed record SideCountRow(string Side, string Outlet, string Category, int Count);

/// <summary>Certainty markers of one article: how many, per thousand words, and by kind.</summary>
public sealed record HedgeRow(string Article, string? Outlet, int Hedges, int Words, double PerThousandWords, string Kinds, string Texts);

/// <summary>One death term as a frame row.</summary>
public sealed record EventTermRow(string Article, string? Outlet, string Text, string Lemma, string Connotation, int Start, int End);

/// <summary>One account of an event as a frame row.</summary>
public sealed record AccountRow(string Event, string Group, string Article, string? Outlet, string? Published, string Manner, string Agent, string? AgentSide, string? Source, string Sentence);

/// <summary>Deedle frames of the framing layers: labels, side × outlet × category counts, keyness, hedges, event terms, accounts, relations.</summary>
public static class FramingFrames
{
    private static string OutletOf(Document d) => d.Article.Metadata.Outlet ?? d.Id;

    /// <summary>Every actor label, one row each.</summary>
    public static Frame<int, string> Labels(IEnumerable<Document> docs) =>
        DFrame.FromRecords(docs.SelectMany(d => d.Labels.Select(l =>
            new LabelRow(d.Id, d.Article.Metadata.Outlet, l.Text, l.Head, l.Actor, string.Join(";", l.Categories), l.QuotedFrom, l.InQuotation, l.Start, l.End))));

    /// <summary>Label counts by side, outlet (article id when the outlet is unknown) and category ("none" for labels without one).</summary>
    public static IReadOnlyList<SideCountRow> SideCountRows(IEnumerable<Document> docs, bool includeQuoted = false) =>
        docs.SelectMany(d => d.Labels.Where(l => includeQuoted || !l.InQuotation)
                .SelectMany(l => (l.Categories.Count == 0 ? ["none"] : l.Categories).Select(c => (Side: l.Actor, Outlet: OutletOf(d), Category: c))))
            .GroupBy(x => x)
            .Select(g => new SideCountRow(g.Key.Side, g.Key.Outlet, g.Key.Category, g.Count()))
            .OrderBy(r => r.Side, StringComparer.Ordinal).ThenBy(r => r.Outlet, StringComparer.Ordinal).ThenBy(r => r.Category, StringComparer.Ordinal)
            .ToList();

    /// <summary>Side × outlet × category counts in long form (labels inside quotations left out unless asked: they are the sources' words).</summary>
    public static Frame<int, string> SideCounts(IEnumerable<Document> docs, bool includeQuoted = false) =>
        DFrame.FromRecords(SideCountRows(docs, includeQuoted));

    /// <summary>Labels per side (rows) and outlet (columns).</summary>
    public static Frame<string, string> SideByOutlet(IEnumerable<Document> docs, bool includeQuoted = false) =>
        DFrame.FromValues(docs.SelectMany(d => d.Labels.Where(l => includeQuoted || !l.InQuotation).Select(l => (l.Actor, Outlet: OutletOf(d))))
            .GroupBy(x => x).Select(g => Tuple.Create(g.Key.Actor, g.Key.Outlet, (double)g.Count())));

    /// <summary>A keyness table.</summary>
    public static Frame<int, string> Keyness(IEnumerable<KeynessRow> rows) => DFrame.FromRecords(rows);

    /// <summary>Certainty markers per article.</summary>
    public static Frame<int, string> HedgesPerArticle(IEnumerable<Document> docs) =>
        DFrame.FromRecords(docs.Select(d =>
        {
            int words = d.Article.WordCount;
            return new HedgeRow(d.Id, d.Article.Metadata.Outlet, d.Hedges.Count, words, words == 0 ? 0 : Math.Round(1000.0 * d.Hedges.Count / words, 3),
                string.Join(";", d.Hedges.GroupBy(h => h.Kind).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}:{g.Count()}")),
                string.Join(" | ", d.Hedges.Select(h => h.Text)));
        }));

    /// <summary>Every death term, one row each.</summary>
    public static Frame<int, string> EventTerms(IEnumerable<Document> docs) =>
        DFrame.FromRecords(docs.SelectMany(d => d.EventTerms.Select(t => new EventTermRow(d.Id, d.Article.Metadata.Outlet, t.Text, t.Lemma, t.Connotation, t.Start, t.End))));

    /// <summary>Accounts per event, in the groups' order.</summary>
    public static IReadOnlyList<AccountRow> AccountRows(IEnumerable<AccountGroup> groups) =>
        groups.SelectMany(g => g.Accounts.Select(a => new AccountRow(a.Event, g.Description, a.Article, a.Outlet, a.Published, a.Manner, a.Agent, a.AgentSide, a.Source, a.Sentence))).ToList();

    /// <summary>Accounts per event as a frame.</summary>
    public static Frame<int, string> Accounts(IEnumerable<AccountGroup> groups) => DFrame.FromRecords(AccountRows(groups));

    /// <summary>Relation scores: rows are <c>from</c> articles, columns <c>to</c> articles (the best score of any kind).</summary>
    public static Frame<string, string> RelationMatrix(CorpusTags tags) =>
        DFrame.FromValues(tags.Relations.GroupBy(r => (r.From, r.To)).Select(g => Tuple.Create(g.Key.From, g.Key.To, g.Max(r => r.Score))));
}
