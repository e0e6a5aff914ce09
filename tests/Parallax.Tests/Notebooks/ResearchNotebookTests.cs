using System.Text.Json;
using System.Text.RegularExpressions;
using Parallax.Notebooks.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Notebooks;

/// <summary>Notebooks 02–05 on the seeds: they run, their findings state the numbers their code prints, their charts export and draw offline.</summary>
[Collection("notebook runner")]
public class ResearchNotebookTests(ResearchRunFixture run) : IClassFixture<ResearchRunFixture>
{
    public static TheoryData<string> Research => [.. ResearchRunFixture.ChartCounts.Keys];

    [Fact]
    public void Main_command_runs_all_five_notebooks_with_no_error()
    {
        Assert.True(run.Result.ExitCode == 0, run.Result.Stderr);
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(run.Out.Path, "run.json")));
        var notebooks = json.RootElement.GetProperty("notebooks").EnumerateArray().ToList();
        Assert.Equal(["01-corpus-overview", .. ResearchRunFixture.ChartCounts.Keys], notebooks.Select(n => n.GetProperty("name").GetString()!));
        foreach (var nb in notebooks)
        {
            Assert.Equal("ok", nb.GetProperty("status").GetString());
            Assert.All(nb.GetProperty("cells").EnumerateArray(), c => Assert.Equal("ok", c.GetProperty("status").GetString()));
        }
    }

    [Theory, MemberData(nameof(Research))]
    public void Executed_notebook_has_outputs_and_no_error(string name)
    {
        var code = RunnerHarness.Executed(run.Out.Path, name).Cells.Where(c => c.IsCode).ToList();
        Assert.True(code.Count >= 6, $"{name}: {code.Count} code cells");
        Assert.All(code, c => Assert.NotNull(c.ExecutionCount));
        Assert.All(code, c => Assert.DoesNotContain(c.Outputs, o => o is ErrorOutput));
        Assert.True(code.Count(c => c.Outputs.OfType<DisplayOutput>().Any(d => d.Data.ContainsKey("text/html") && RunnerHarness.OutputText(c).Contains("plotly", StringComparison.OrdinalIgnoreCase))) >= 2,
            $"{name}: fewer than two cells show a chart");
    }

    [Theory, MemberData(nameof(Research))]
    public void Findings_state_the_numbers_the_code_prints(string name)
    {
        var nb = RunnerHarness.Executed(run.Out.Path, name);
        var findings = nb.Cells.Single(c => c.Id == "findings").Source;
        var printed = Normalise(string.Join("\n", nb.Cells.Where(c => c.IsCode).SelectMany(c => c.Outputs).OfType<StreamOutput>().Select(s => s.Text)));
        var figures = Regex.Matches(findings, @"\*\*(.+?)\*\*", RegexOptions.Singleline).Select(m => Normalise(m.Groups[1].Value)).Where(f => f.Any(char.IsDigit)).ToList();
        Assert.True(figures.Count >= 4, $"{name}: only {figures.Count} bold figures in the findings");
        Assert.All(figures, f => Assert.True(printed.Contains(f, StringComparison.Ordinal), $"{name}: the findings say '{f}' but no code cell prints it"));
    }

    [Fact]
    public void Headline_numbers_match_the_tagged_seeds()
    {
        var tags = Parallax.Pipeline.TaggingPipeline.Default(Repo.Seeds).Run(Corpus.Load(Repo.Seeds));
        var attributions = tags.Documents.Sum(d => d.Attributions.Count);
        Assert.Contains($"**{attributions} attributions in {tags.Documents.Count} articles", Findings("02-source-attribution"));
        var chains = Parallax.Frames.SourcingFrames.Chains(tags);
        var unnamed = chains.Count(c => c.SourceType is "anonymous" or "unattributed");
        Assert.Contains($"**{unnamed} of {chains.Count} claims", Findings("02-source-attribution"));
        var people = Parallax.Frames.SpellingFrames.Entities(tags);
        Assert.Contains($"**{tags.Entities.Count(e => e.Kind == Parallax.Names.MentionKind.Person)} people named; {people.Count} with more than one spelling", Findings("03-naming-variants"));
        Assert.Contains($"**{tags.Relations.Count} relation(s) between {tags.Documents.Count} articles**", Findings("05-accounts-and-reuse"));
    }

    [Fact]
    public void Variant_heatmap_groups_every_gold_name_variant_under_one_person()
    {
        var rows = Csv.Read(Path.Combine(run.ChartsDir("03-naming-variants"), "spellings-of-each-person-per-article.csv"));
        var entityOf = rows.Select(r => r["Row"].Split(" · ", 2)).ToLookup(p => p[1], p => p[0]);
        using var gold = JsonDocument.Parse(File.ReadAllText(Repo.GoldFile));
        foreach (var group in gold.RootElement.GetProperty("cross_article").GetProperty("name_variant_groups").EnumerateObject())
        {
            var spellings = group.Value.EnumerateArray().Select(s => s.GetString()!).ToList();
            Assert.All(spellings, s => Assert.True(entityOf.Contains(s), $"gold spelling '{s}' is not in the variant heatmap"));
            Assert.Single(spellings.SelectMany(s => entityOf[s]).Distinct());
        }
    }

    [Fact]
    public void Reuse_matrix_shows_the_gold_translation()
    {
        using var gold = JsonDocument.Parse(File.ReadAllText(Repo.GoldFile));
        var translation = gold.RootElement.GetProperty("cross_article").GetProperty("relations").EnumerateArray()
            .First(r => r.GetProperty("kind").GetString() == "translation");
        var (from, to) = (translation.GetProperty("from").GetString()!, translation.GetProperty("to").GetString()!);
        var cells = Csv.Read(Path.Combine(run.ChartsDir("05-accounts-and-reuse"), "translation-and-reuse-between-articles.csv"));
        var cell = Assert.Single(cells, c => c["Row"].EndsWith(from[^6..], StringComparison.Ordinal) && c["Column"].EndsWith(to[^6..], StringComparison.Ordinal));
        Assert.True(double.Parse(cell["Value"], System.Globalization.CultureInfo.InvariantCulture) > 0.5, cell["Value"]);
        Assert.StartsWith("translation", cell["Hover"]);
        Assert.All(cells.Where(c => c != cell), c => Assert.True(double.Parse(c["Value"], System.Globalization.CultureInfo.InvariantCulture) == 0, $"unexpected relation {c["Row"]} → {c["Column"]}"));
    }

    [Theory, MemberData(nameof(Research))]
    public void Every_chart_is_exported_as_html_csv_png_and_svg(string name)
    {
        var files = Directory.GetFiles(run.ChartsDir(name));
        var charts = files.Select(Path.GetFileNameWithoutExtension).Distinct().ToList();
        Assert.Equal(ResearchRunFixture.ChartCounts[name], charts.Count);
        foreach (var chart in charts)
            foreach (var ext in new[] { ".html", ".csv", ".png", ".svg" })
                Assert.True(File.Exists(Path.Combine(run.ChartsDir(name), chart + ext)), $"{name}: {chart}{ext} missing");
        Assert.All(Directory.GetFiles(run.ChartsDir(name), "*.svg"), f => Assert.StartsWith("<svg", File.ReadAllText(f)));
        Assert.All(Directory.GetFiles(run.ChartsDir(name), "*.png"), f => Assert.Equal(0x89, File.ReadAllBytes(f)[0]));
        Assert.All(Directory.GetFiles(run.ChartsDir(name), "*.csv"), f => Assert.True(Csv.Read(f).Count > 0, $"{f}: no data rows"));
    }

    [Fact]
    public void Exported_charts_draw_offline_in_chromium_without_console_errors()
    {
        var files = ResearchRunFixture.ChartCounts.Keys.SelectMany(n => Directory.GetFiles(run.ChartsDir(n), "*.html")).ToList();
        Assert.Equal(ResearchRunFixture.ChartCounts.Values.Sum(), files.Count);
        foreach (var (file, result) in OfflinePage.LoadAll(files))
        {
            Assert.True(result.SvgCount > 0, $"{file}: no .main-svg drawn");
            Assert.True(result.ConsoleErrors.Count == 0, $"{file}: {string.Join("; ", result.ConsoleErrors)}");
            Assert.Empty(result.Dialogs);
        }
    }

    [Theory, MemberData(nameof(Research))]
    public void Executed_notebook_passes_nbformat_validation_with_polyglot_metadata(string name)
    {
        var (code, output) = RunnerHarness.ValidateWithNbformat(run.Executed(name));
        Assert.True(code == 0, output);
        using var json = JsonDocument.Parse(File.ReadAllText(run.Executed(name)));
        Assert.Equal("csharp", json.RootElement.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelInfo").GetProperty("defaultKernelName").GetString());
        var cells = json.RootElement.GetProperty("cells").EnumerateArray().ToList();
        Assert.Contains(cells, c => c.GetProperty("metadata").TryGetProperty("tags", out var t) && t.EnumerateArray().Any(x => x.GetString() == "parameters"));
        foreach (var cell in cells.Where(c => c.GetProperty("cell_type").GetString() == "code"))
            Assert.Equal("csharp", cell.GetProperty("metadata").GetProperty("polyglot_notebook").GetProperty("kernelName").GetString());
    }

    [Fact]
    public void Report_includes_all_five_notebooks()
    {
        var report = File.ReadAllText(Path.Combine(run.Out.Path, "report.html"));
        foreach (var title in new[] { "01 · Corpus overview", "02 · Source attribution", "03 · Naming variants", "04 · Framing", "05 · Competing accounts and reuse" })
            Assert.Contains(title, report);
    }

    [Fact]
    public void Source_notebooks_are_not_modified() =>
        Assert.All(run.HashesBefore, kv => Assert.Equal(kv.Value, RunnerHarness.Hash(kv.Key)));

    private string Findings(string name) => RunnerHarness.Executed(run.Out.Path, name).Cells.Single(c => c.Id == "findings").Source;

    private static string Normalise(string s) => Regex.Replace(s, @"\s+", " ").Trim();
}

/// <summary>A new article (new spelling, new cited outlet) reaches the charts of notebooks 02 and 03.</summary>
[Collection("notebook runner")]
public class NewArticleNotebookTests(NewArticleRunFixture run) : IClassFixture<NewArticleRunFixture>
{
    [Fact]
    public void Notebooks_run_on_the_extended_copy() => Assert.True(run.Result.ExitCode == 0, run.Result.Stderr + run.Result.Stdout);

    [Fact]
    public void New_spelling_appears_in_the_variant_heatmap()
    {
        var rows = Csv.Read(run.Chart("03-naming-variants", "spellings-of-each-person-per-article.csv"));
        var row = Assert.Single(rows, r => r["Row"].EndsWith(" · " + NewArticleRunFixture.NewSpelling, StringComparison.Ordinal));
        // Merged with the person's other spellings, not left alone.
        var entity = row["Row"].Split(" · ")[0];
        Assert.True(rows.Count(r => r["Row"].StartsWith(entity + " · ", StringComparison.Ordinal)) >= 3);
        Assert.Contains("Northline Review", row["Column"]);
    }

    [Fact]
    public void New_outlet_appears_in_the_attribution_charts()
    {
        var links = Csv.Read(run.Chart("02-source-attribution", "attribution-chains-outlet-intermediary-original-source.csv"));
        Assert.Contains(links, l => l["ToColumn"] == "2" && l["To"].Contains(NewArticleRunFixture.NewOutlet, StringComparison.Ordinal));
        Assert.Contains(links, l => l["FromColumn"] == "0" && l["From"] == "Northline Review");
        var types = Csv.Read(run.Chart("02-source-attribution", "source-types-cited-per-article.csv"));
        Assert.Contains(types, t => t["Hover"].Contains(NewArticleRunFixture.NewOutlet, StringComparison.Ordinal));
    }

    [Fact]
    public void Users_corpus_copy_is_not_modified() =>
        Assert.Equal(Directory.GetFiles(Repo.Seeds).Length + 1, Directory.GetFiles(run.Corpus.Path).Length);
}
