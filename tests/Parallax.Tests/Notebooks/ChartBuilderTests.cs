using Parallax.Charts;
using Parallax.Tests.Support;
using Plotly.NET;

namespace Parallax.Tests.Notebooks;

public class ChartBuilderTests
{
    [Fact]
    public void Timeline_draws_one_trace_per_group_escapes_hover_and_lists_undated_points_in_its_data()
    {
        var chart = TimelineChart.Build([
            new(new DateTime(2021, 3, 1), "Coast Radio", "flood", "Levee <b>breaks</b>"),
            new(new DateTime(2021, 3, 2), "Valley Post", "flood", "Water recedes"),
            new(new DateTime(2021, 3, 2), "Valley Post", "election", "Polls open"),
            new(null, "Hill Gazette", "flood", "Undated piece"),
        ], "Coverage", "Outlet", "Event");
        var json = GenericChart.toFigureJson(chart);
        Assert.Equal(2, GenericChart.getTraces(chart).Count());
        Assert.Contains("Levee &lt;b&gt;breaks&lt;/b&gt;", json);
        Assert.Contains("1 of 4 without a date", json);
        Assert.DoesNotContain("Hill Gazette", json[..json.IndexOf("annotations", StringComparison.Ordinal)]);
        Assert.Equal(4, ChartData.Of(chart).Rows.Count);
        Assert.Equal("Coverage", ChartData.Title(chart));
    }

    [Fact]
    public void Timeline_gives_events_years_apart_a_time_axis_each_and_keeps_one_axis_for_close_ones()
    {
        TimelineChart.Point P(int y, int m, int d, string outlet, string group) => new(new DateTime(y, m, d), outlet, group, "x");
        var apart = TimelineChart.Build([P(2020, 2, 3, "A", "strike"), P(2020, 2, 4, "B", "strike"), P(2024, 11, 28, "C", "ceasefire"), P(2024, 12, 22, "A", "ceasefire")], "T");
        var traces = GenericChart.getTraces(apart).ToList();
        Assert.Equal("x2", traces[1].GetPropertyValue("xaxis"));
        var json = GenericChart.toFigureJson(apart);
        Assert.Contains("\"xaxis2\"", json);
        Assert.Contains("Published (strike)", json);

        var close = TimelineChart.Build([P(2021, 3, 1, "A", "flood"), P(2021, 3, 2, "B", "election"), P(2021, 5, 2, "B", "election")], "T");
        Assert.DoesNotContain("\"xaxis2\"", GenericChart.toFigureJson(close));
        Assert.Null(TimelineChart.Panels([P(2021, 3, 1, "A", "flood"), P(2021, 3, 20, "A", "flood"), P(2021, 4, 1, "B", "election")]));
    }

    [Fact]
    public void Stacked_bars_follow_the_given_series_order_and_colours_and_can_show_shares()
    {
        var chart = StackedBarChart.Build([new("a", "late", 1), new("a", "early", 3), new("b", "early", 1)], "T", "x", "n",
            share: true, seriesOrder: ["early", "late"], colours: new Dictionary<string, string> { ["late"] = "#123456" });
        var traces = GenericChart.getTraces(chart).ToList();
        Assert.Equal("early", traces[0].GetPropertyValue("name"));
        Assert.Equal(new[] { 75.0, 100.0 }, (double[])traces[0].GetPropertyValue("y"));
        Assert.Contains("#123456", GenericChart.toFigureJson(chart));
    }

    [Fact]
    public void Heatmap_leaves_missing_cells_blank()
    {
        var chart = HeatmapChart.Build([new("r1", "c1", 2), new("r2", "c2", 5)], "H", "col", "row");
        var z = (double?[][])GenericChart.getTraces(chart).Single().GetPropertyValue("z");
        Assert.Equal(2.0, z[0][0]);
        Assert.Null(z[0][1]);
    }
}

[Collection("notebook runner")]
public class ChartExportTests
{
    [Fact]
    public void Save_from_a_notebook_cell_writes_next_to_the_notebook()
    {
        using var dir = Repo.Temp();
        var cwd = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(dir.Path);
        try
        {
            var a = StackedBarChart.Build([new("x", "y", 1)], "Same title", "c", "v");
            var b = StackedBarChart.Build([new("x", "y", 2)], "Same title", "c", "v");
            var files = ChartExport.Save("My Notebook", a, b);
            var folder = Path.Combine(dir.Path, "out", "charts", "my-notebook");
            Assert.True(File.Exists(Path.Combine(folder, "same-title.html")));
            Assert.True(File.Exists(Path.Combine(folder, "same-title-2.csv")));
            Assert.Contains("x,y,2", File.ReadAllText(Path.Combine(folder, "same-title-2.csv")));
            Assert.All(files, f => Assert.StartsWith(folder, f));
            // The renderer is found beside the kit's assembly, as in a notebook front end that #r's the build folder.
            Assert.Equal(Parallax.Notebooks.Export.ChromiumRenderer.FindChromium() is not null, File.Exists(Path.Combine(folder, "same-title.png")));
        }
        finally
        {
            Directory.SetCurrentDirectory(cwd);
        }
    }
}
