using Parallax.Notebooks.Model;
using Parallax.Notebooks.Run;
using Parallax.Tests.Support;
using static Parallax.Tests.Notebooks.RunnerHarness;

namespace Parallax.Tests.Notebooks;

[Collection("notebook runner")]
public class RunnerBehaviourTests
{
    [Fact]
    public void Corpus_option_runs_the_overview_on_another_folder_and_shows_its_new_article()
    {
        using var corpus = Repo.Temp().CopyFrom(Repo.Seeds);
        File.WriteAllText(corpus.File("zz-harbour-report.txt"),
            "Harbour cranes idle as dockworkers strike\n\nDockworkers at the northern harbour stopped work on Monday, the union said.\n\nShipping agents expect delays of several days.\n");
        var before = Directory.GetFiles(corpus.Path).ToDictionary(f => f, Hash);
        using var output = Repo.Temp();
        var r = Run(Path.Combine(Repo.Root, "notebooks", "01-corpus-overview.ipynb"), "--corpus", corpus.Path, "--out", output.Path, "--quiet", "--no-images");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var executed = Executed(output.Path, "01-corpus-overview");
        var injected = executed.Cells.Single(c => c.Tags.Contains("injected-parameters"));
        Assert.Contains(corpus.Path, injected.Source);
        var text = string.Join("\n", executed.Cells.Select(OutputText));
        Assert.Contains("zz-harbour-report", text);
        Assert.Contains("6 articles", text);
        var csv = File.ReadAllText(Path.Combine(output.Path, "charts", "01-corpus-overview", "words-per-article-by-paragraph-role.csv"));
        Assert.Contains("zz-harbour-report", csv);
        Assert.Contains("zz-harbour-report", File.ReadAllText(Path.Combine(output.Path, "report.html")));
        Assert.Equal(before, Directory.GetFiles(corpus.Path).ToDictionary(f => f, Hash));
    }

    [Fact]
    public void A_throwing_cell_exits_1_naming_notebook_cell_line_and_exception_and_other_notebooks_still_run()
    {
        using var dir = Repo.Temp();
        var bad = Write(dir.Path, "a-bad", Code("var x = 1;"), Markdown("text"),
            Code("var y = x + 1;\nthrow new InvalidOperationException(\"the harbour is closed\");"), Code("Console.WriteLine(\"never\");"));
        var good = Write(dir.Path, "b-good", Code("Console.WriteLine(\"fine\");"));
        var r = Run(bad, good, "--out", dir.File("out"), "--quiet", "--no-images");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains(bad, r.Stderr);
        Assert.Contains("cell 3", r.Stderr);
        Assert.Contains("line 2", r.Stderr);
        Assert.Contains("InvalidOperationException", r.Stderr);
        Assert.Contains("the harbour is closed", r.Stderr);
        var executed = Executed(dir.File("out"), "a-bad");
        Assert.Contains(executed.Cells[2].Outputs, o => o is ErrorOutput e && e.Name == "InvalidOperationException");
        Assert.Empty(executed.Cells[3].Outputs);
        Assert.Contains("fine", OutputText(Executed(dir.File("out"), "b-good").Cells[0]));
        Assert.Equal(0, ValidateWithNbformat(Path.Combine(dir.File("out"), "notebooks", "a-bad.ipynb")).Code);
    }

    [Fact]
    public void Fail_fast_skips_the_notebooks_after_a_failure()
    {
        using var dir = Repo.Temp();
        var bad = Write(dir.Path, "a-bad", Code("throw new Exception(\"stop\");"));
        var good = Write(dir.Path, "b-good", Code("1"));
        var r = Run(bad, good, "--out", dir.File("out"), "--quiet", "--no-images", "--fail-fast");
        Assert.Equal(1, r.ExitCode);
        Assert.False(File.Exists(Path.Combine(dir.File("out"), "notebooks", "b-good.ipynb")));
        Assert.Contains("\"skipped\"", File.ReadAllText(Path.Combine(dir.File("out"), "run.json")));
    }

    [Fact]
    public void A_compile_error_names_its_line()
    {
        using var dir = Repo.Temp();
        var nb = Write(dir.Path, "compile", Code("var a = 1;\nvar b = 2;\nint c = \"three\";"));
        var r = Run(nb, "--out", dir.File("out"), "--quiet", "--no-images");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cell 1, line 3", r.Stderr);
        Assert.Contains("CS0029", r.Stderr);
    }

    [Fact]
    public void Cells_continue_state_and_display_values_as_text_and_escaped_tables()
    {
        using var dir = Repo.Temp();
        var nb = Write(dir.Path, "display",
            Code("record Row(string Name, int Count);\nvar rows = new List<Row> { new(\"<script>alert(1)</script>\", 2), new(\"plain\", 3) };\nvar a = 20;"),
            Code("display(\"shown by display\");\n(a + 1).Display();\nConsole.WriteLine(\"printed\");\na * 2 + 2"),
            Code("rows"),
            Code("Deedle.Frame.FromRecords(rows)"));
        var r = Run(nb, "--out", dir.File("out"), "--quiet", "--no-images");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var cells = Executed(dir.File("out"), "display").Cells;
        var second = cells[1].Outputs;
        Assert.Equal("shown by display", ((DisplayOutput)second[0]).Text);
        Assert.Equal("21", ((DisplayOutput)second[1]).Text);
        Assert.Equal("printed\n", ((StreamOutput)second[2]).Text);
        Assert.Equal("42", Assert.IsType<DisplayOutput>(second[3]).Text);
        Assert.True(((DisplayOutput)second[3]).IsResult);
        foreach (var cell in cells.Skip(2))
        {
            var html = Assert.IsType<DisplayOutput>(Assert.Single(cell.Outputs)).Html!;
            Assert.Contains("<table", html);
            Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html);
            Assert.DoesNotContain("<script>alert", html);
        }
    }

    [Fact]
    public void Parameters_are_injected_after_the_parameters_cell()
    {
        using var dir = Repo.Temp();
        var nb = Write(dir.Path, "params", Markdown("# p"), Code("var top = 3;\nvar label = \"default\";", "parameters"),
            Code("Console.WriteLine($\"{top * 2}|{label}|{top.GetType().Name}\");"));
        var r = Run(nb, "--out", dir.File("out"), "--quiet", "--no-images", "--param", "top=21", "--param", "label=a \"quoted\" value");
        Assert.True(r.ExitCode == 0, r.Stderr);
        var cells = Executed(dir.File("out"), "params").Cells;
        Assert.Equal(["injected-parameters"], cells[2].Tags);
        Assert.Equal("42|a \"quoted\" value|Int32\n", OutputText(cells[3]));
        var plain = Run(nb, "--out", dir.File("out2"), "--quiet", "--no-images");
        Assert.Equal("6|default|Int32\n", OutputText(Executed(dir.File("out2"), "params").Cells[2]));
    }

    [Fact]
    public void A_cell_that_never_ends_is_stopped_by_the_cell_timeout()
    {
        using var dir = Repo.Temp();
        var nb = Write(dir.Path, "spin", Code("var n = 0L;\nwhile (true) { n++; }"));
        var sleeper = Write(dir.Path, "sleep", Code("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);"));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = Run(nb, sleeper, "--out", dir.File("out"), "--quiet", "--no-images", "--cell-timeout", "1");
        Assert.Equal(1, r.ExitCode);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        Assert.Contains("spin.ipynb: cell 1", r.Stderr);
        Assert.Contains("sleep.ipynb: cell 1", r.Stderr);
        Assert.Contains("did not finish within 1 seconds", r.Stderr);
    }

    [Fact]
    public void Magic_commands_for_shipped_packages_and_the_kit_pass_others_fail_clearly()
    {
        using var dir = Repo.Temp();
        var ok = Write(dir.Path, "ok", Code("#!csharp\n#r \"nuget: Plotly.NET, 6.0.0\"\n#r \"nuget: Deedle, 8.1.0\"\n#r \"../nowhere/bin/Parallax.dll\"\n#i \"nuget: https://example.invalid/feed\"\nusing Parallax;\ntypeof(Corpus).Assembly.GetName().Name"));
        var r = Run(ok, "--out", dir.File("out"), "--no-images");
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Contains("#i", r.Stdout);
        Assert.Equal("Parallax", Executed(dir.File("out"), "ok").Cells[0].Outputs.OfType<DisplayOutput>().Single().Text);

        var markdig = Path.Combine(AppContext.BaseDirectory, "Markdig.dll");
        var withDll = Write(dir.Path, "dll-ok", Code($"#r \"{markdig}\"\nMarkdig.Markdown.ToHtml(\"*hi*\").Trim()"));
        var d = Run(withDll, "--out", dir.File("out-dll"), "--quiet", "--no-images");
        Assert.True(d.ExitCode == 0, d.Stderr);
        Assert.Equal("<p><em>hi</em></p>", Executed(dir.File("out-dll"), "dll-ok").Cells[0].Outputs.OfType<DisplayOutput>().Single().Text);

        var cases = new Dictionary<string, string[]>
        {
            ["pkg"] = ["var a = 1;\n#r \"nuget: Newtonsoft.Json, 13.0.3\"", "Newtonsoft.Json", "line 2"],
            ["fsharp"] = ["#!fsharp\nlet x = 1", "#!fsharp", "line 1"],
            ["dll"] = ["#r \"libs/missing.dll\"", "missing.dll", "line 1"],
            ["load"] = ["#load \"other.csx\"", "#load", "line 1"],
        };
        foreach (var (name, (source, expected, line)) in cases.Select(kv => (kv.Key, (kv.Value[0], kv.Value[1], kv.Value[2]))))
        {
            var nb = Write(dir.Path, name, Code("var before = 0;"), Code(source));
            var failed = Run(nb, "--out", dir.File("out-" + name), "--quiet", "--no-images");
            Assert.Equal(1, failed.ExitCode);
            Assert.Contains($"{name}.ipynb: cell 2, {line}", failed.Stderr);
            Assert.Contains(expected, failed.Stderr);
        }
    }

    [Fact]
    public void In_place_rewrites_the_source_only_when_asked()
    {
        using var dir = Repo.Temp();
        var nb = Write(dir.Path, "inplace", Code("1 + 1"));
        var before = Hash(nb);
        Assert.Equal(0, Run(nb, "--out", dir.File("out"), "--quiet", "--no-images").ExitCode);
        Assert.Equal(before, Hash(nb));
        Assert.Equal(0, Run(nb, "--out", dir.File("out"), "--quiet", "--no-images", "--in-place").ExitCode);
        Assert.Equal("2", NotebookFile.Read(nb).Cells[0].Outputs.OfType<DisplayOutput>().Single().Text);
    }

    [Fact]
    public void A_malformed_notebook_names_file_and_line()
    {
        using var dir = Repo.Temp();
        var path = dir.File("broken.ipynb");
        File.WriteAllText(path, "{\n \"cells\": [\n  {\"cell_type\": \"code\",, }\n ]\n}\n");
        var r = Run(path, "--out", dir.File("out"), "--quiet", "--no-images");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("broken.ipynb:3", r.Stderr);
        Assert.Contains("malformed JSON", r.Stderr);
    }

    [Fact]
    public void A_second_run_into_a_locked_output_folder_fails_clearly_after_waiting()
    {
        using var dir = Repo.Temp();
        var nb = Write(dir.Path, "quick", Code("1"));
        using (OutputLock.Acquire(dir.File("out"), TimeSpan.Zero))
        {
            var r = Run(nb, "--out", dir.File("out"), "--quiet", "--no-images", "--lock-wait", "1");
            Assert.Equal(1, r.ExitCode);
            Assert.Contains("another parallax run is writing to", r.Stderr);
        }
        Assert.Equal(0, Run(nb, "--out", dir.File("out"), "--quiet", "--no-images").ExitCode);
    }
}

[Collection("notebook runner")]
public class RunnerOutputFolderTests
{
    [Fact]
    public void An_output_path_that_is_a_file_gives_a_clear_error()
    {
        using var dir = Repo.Temp();
        var nb = RunnerHarness.Write(dir.Path, "quick", RunnerHarness.Code("1"));
        File.WriteAllText(dir.File("taken"), "not a folder");
        var r = RunnerHarness.Run(nb, "--out", dir.File("taken"), "--quiet", "--no-images");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("cannot write the run's outputs", r.Stderr);
        Assert.Equal("not a folder", File.ReadAllText(dir.File("taken")));
    }
}

[Collection("notebook runner")]
public class RunnerWithoutChromiumTests
{
    [Fact]
    public void Without_chromium_one_warning_is_given_and_html_and_csv_are_still_written()
    {
        using var dir = Repo.Temp();
        static string Chart(int n) => $"Parallax.Charts.StackedBarChart.Build(new[] {{ new Parallax.Charts.StackedBarChart.Segment(\"a\", \"b\", {n}) }}, \"Chart {n}\", \"c\", \"v\")";
        var nb = RunnerHarness.Write(dir.Path, "two-charts", RunnerHarness.Code(Chart(1)), RunnerHarness.Code(Chart(2)));
        var before = Environment.GetEnvironmentVariable("PARALLAX_CHROMIUM");
        Environment.SetEnvironmentVariable("PARALLAX_CHROMIUM", dir.File("no-such-chromium"));
        try
        {
            var r = RunnerHarness.Run(nb, "--out", dir.File("out"), "--quiet");
            Assert.True(r.ExitCode == 0, r.Stderr);
            Assert.Single(r.Stderr.Split('\n'), l => l.Contains("chromium not found", StringComparison.Ordinal));
            var charts = Path.Combine(dir.File("out"), "charts", "two-charts");
            Assert.Equal(["chart-1.csv", "chart-1.html", "chart-2.csv", "chart-2.html"], Directory.GetFiles(charts).Select(Path.GetFileName).Order());
            Assert.Contains("chromium not found", File.ReadAllText(Path.Combine(dir.File("out"), "run.json")));
        }
        finally
        {
            Environment.SetEnvironmentVariable("PARALLAX_CHROMIUM", before);
        }
    }
}
