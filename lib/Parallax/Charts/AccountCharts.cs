using Parallax.Frames;
using Parallax.Framing;
using Parallax.Pipeline;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>Competing accounts of each event over time: which account appears when, and through which source.</summary>
public static class AccountCharts
{
    /// <summary>
    /// One dot per account: its article's date (x), the source it comes through (lane; "(outlet's own voice)" when none),
    /// its event and account (colour). Hover shows the agent, outlet and sentence.
    /// </summary>
    public static GenericChart Timeline(CorpusTags tags, IReadOnlyList<AccountGroup> groups) =>
        TimelineChart.Build(AccountFrames.Rows(tags, groups).Select(r => new TimelineChart.Point(r.Date, SentenceText.Cut(r.Source, 36), r.Account,
                $"{r.Agent} — {r.Outlet}\nsource: {r.Source}\n{HoverText.Quote(r.Sentence)}")),
            "Competing accounts of each event: when and through whom", "Source", "Event · account", "Published");
}
