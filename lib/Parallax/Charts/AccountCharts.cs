using Parallax.Frames;
using Parallax.Framing;
using Parallax.Pipeline;
using Plotly.NET;

namespace Parallax.Charts;

/// <summary>Competing accounts of each event over time: which account appears when, and through which source.</summary>
public static class AccountCharts
{
    /// <summary>One dot per account: its article's date (x), its account (lane), its source (colour); hover shows the sentence.</summary>
    public static GenericChart Timeline(CorpusTags tags, IReadOnlyList<AccountGroup> groups) =>
        TimelineChart.Build(AccountFrames.Rows(tags, groups).Select(r => new TimelineChart.Point(r.Date, r.Account, r.Source,
                $"{r.Agent} — {r.Outlet}\n{HoverText.Quote(r.Sentence)}")),
            "Competing accounts of each event: when and through whom", "Event · account", "Source", "Published");
}
