using Parallax.Charts;
using Parallax.Tests.Support;
using static Parallax.Tests.Notebooks.RunnerHarness;

namespace Parallax.Tests.Notebooks;

[Collection("notebook runner")]
public class HostileDataTests
{
    private const string Script = "<script>alert(1)</script>";
    private const string Img = "\"><img src=x onerror=alert(2)>";

    [Fact]
    public void Hostile_labels_show_as_text_in_chart_pages_and_run_no_script()
    {
        using var dir = Repo.Temp();
        var chart = TimelineChart.Build([new(new DateTime(2020, 2, 4), Script, Img, "</script><b>t</b>"), new(new DateTime(2020, 2, 5), "Outlet B", "event", "javascript:alert(3)")],
            Script + " title", "x" + Img, "y");
        ChartExport.SaveTo(dir.Path, chart, "hostile", render: false);
        var (file, result) = OfflinePage.LoadAll([Path.Combine(dir.Path, "hostile.html")]).Single();
        Assert.Empty(result.Dialogs);
        Assert.True(result.SvgCount > 0, file);
        Assert.Empty(result.ConsoleErrors);
    }

    [Fact]
    public void The_report_with_hostile_tables_and_charts_runs_no_script_from_the_data()
    {
        using var dir = Repo.Temp();
        var nb = Write(dir.Path, "hostile",
            Markdown("# Title <script>alert(4)</script>\n\n[link](javascript:alert(5))"),
            Code($"record R(string Name);\nnew List<R> {{ new(\"{Script.Replace("\"", "\\\"")}\"), new(\"{Img.Replace("\"", "\\\"")}\") }}"),
            Code($"Parallax.Charts.StackedBarChart.Build(new[] {{ new Parallax.Charts.StackedBarChart.Segment(\"{Img.Replace("\"", "\\\"")}\", \"{Script.Replace("\"", "\\\"")}\", 2) }}, \"t\", \"c\", \"v\")"),
            Code($"Console.WriteLine(\"{Script.Replace("\"", "\\\"")}\");"));
        var r = Run(nb, "--out", dir.File("out"), "--quiet", "--no-images");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var report = Path.Combine(dir.File("out"), "report.html");
        Assert.DoesNotContain("<script>alert", File.ReadAllText(report));
        Assert.DoesNotContain("javascript:alert(5)", File.ReadAllText(report));
        var (_, result) = OfflinePage.LoadAll([report]).Single();
        Assert.Empty(result.Dialogs);
        Assert.True(result.SvgCount > 0);
        Assert.Empty(result.ConsoleErrors);
    }
}
