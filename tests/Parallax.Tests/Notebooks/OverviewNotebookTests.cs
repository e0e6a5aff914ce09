using System.Text.Json;
using Parallax.Notebooks.Export;
using Parallax.Notebooks.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Notebooks;

[Collection("notebook runner")]
public class OverviewNotebookTests(OverviewRunFixture run) : IClassFixture<OverviewRunFixture>
{
    [Fact]
    public void Runs_on_the_seeds_with_no_error()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Out.Path, "run.json")));
        var nb = json.RootElement.GetProperty("notebooks")[0];
        Assert.Equal("ok", nb.GetProperty("status").GetString());
        Assert.All(nb.GetProperty("cells").EnumerateArray(), c => Assert.Equal("ok", c.GetProperty("status").GetString()));
        Assert.True(nb.GetProperty("cells").GetArrayLength() >= 6);
    }

    [Fact]
    public void Writes_the_executed_notebook_report_and_charts()
    {
        var executed = RunnerHarness.Executed(run.Out.Path, "01-corpus-overview");
        var code = executed.Cells.Where(c => c.IsCode).ToList();
        Assert.All(code, c => Assert.NotNull(c.ExecutionCount));
        Assert.All(code, c => Assert.DoesNotContain(c.Outputs, o => o is ErrorOutput));
        // The corpus table lists every seed article.
        var all = string.Join("\n", code.Select(RunnerHarness.OutputText));
        foreach (var id in Corpus.Load(Repo.Seeds).Articles.Select(a => a.Id)) Assert.Contains(id, all);
        Assert.Contains("5 articles", all);
        // Three charts: HTML and CSV each, plotly.js inlined in every page.
        var html = Directory.GetFiles(run.ChartsDir, "*.html");
        Assert.Equal(3, html.Length);
        Assert.Equal(3, Directory.GetFiles(run.ChartsDir, "*.csv").Length);
        Assert.All(html, f => Assert.Contains("Plotly", File.ReadAllText(f)));
        Assert.All(html, f => Assert.DoesNotContain("<script src", File.ReadAllText(f)));
        // plotly.js is in the executed notebook and the report exactly once.
        var nbText = File.ReadAllText(Path.Combine(run.Out.Path, "notebooks", "01-corpus-overview.ipynb"));
        Assert.Equal(1, Count(nbText, "(function(define, module, exports)"));
        var report = File.ReadAllText(Path.Combine(run.Out.Path, "report.html"));
        Assert.Equal(1, Count(report, "(function(define, module, exports)"));
        Assert.Contains("Corpus overview", report);
        Assert.Contains("<details class=\"code\">", report);
    }

    [Fact]
    public void Renders_png_and_svg_when_chromium_is_installed()
    {
        Assert.True(ChromiumRenderer.FindChromium() is not null, "chromium is not installed: run .ci/run or apt-get install chromium");
        Assert.Equal(3, Directory.GetFiles(run.ChartsDir, "*.png").Length);
        foreach (var svg in Directory.GetFiles(run.ChartsDir, "*.svg")) Assert.StartsWith("<svg", File.ReadAllText(svg));
        foreach (var png in Directory.GetFiles(run.ChartsDir, "*.png")) Assert.Equal(0x89, File.ReadAllBytes(png)[0]);
        var executed = RunnerHarness.Executed(run.Out.Path, "01-corpus-overview");
        Assert.Contains(executed.Cells.SelectMany(c => c.Outputs).OfType<DisplayOutput>(), d => d.Data.ContainsKey("image/png"));
    }

    [Fact]
    public void Executed_notebook_passes_nbformat_validation_with_polyglot_metadata()
    {
        var path = Path.Combine(run.Out.Path, "notebooks", "01-corpus-overview.ipynb");
        var (code, output) = RunnerHarness.ValidateWithNbformat(path);
        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var meta = json.RootElement.GetProperty("metadata");
        Assert.Equal(".net-csharp", meta.GetProperty("kernelspec").GetProperty("name").GetString());
        Assert.Equal("csharp", meta.GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        Assert.Equal(4, json.RootElement.GetProperty("nbformat").GetInt32());
        Assert.Equal(5, json.RootElement.GetProperty("nbformat_minor").GetInt32());
        foreach (var cell in json.RootElement.GetProperty("cells").EnumerateArray().Where(c => c.GetProperty("cell_type").GetString() == "code"))
            Assert.Equal("csharp", cell.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
    }

    [Fact]
    public void Source_notebook_is_not_modified() => Assert.Equal(run.SourceHashBefore, RunnerHarness.Hash(run.Notebook));

    [Fact]
    public void Exported_charts_draw_offline_in_chromium_without_console_errors()
    {
        var files = Directory.GetFiles(run.ChartsDir, "*.html");
        Assert.NotEmpty(files);
        foreach (var (file, result) in OfflinePage.LoadAll(files))
        {
            Assert.True(result.SvgCount > 0, $"{file}: no .main-svg drawn");
            Assert.True(result.ConsoleErrors.Count == 0, $"{file}: {string.Join("; ", result.ConsoleErrors)}");
            Assert.Empty(result.Dialogs);
        }
    }

    private static int Count(string text, string what)
    {
        int n = 0;
        for (int i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal)) n++;
        return n;
    }
}
