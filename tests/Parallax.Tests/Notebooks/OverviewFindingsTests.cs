using System.Text.RegularExpressions;
using Parallax.Tests.Support;

namespace Parallax.Tests.Notebooks;

/// <summary>The findings written in notebook 01's markdown are the numbers its code prints on the seeds.</summary>
[Collection("notebook runner")]
public class OverviewFindingsTests(OverviewRunFixture run) : IClassFixture<OverviewRunFixture>
{
    [Fact]
    public void Markdown_findings_state_the_printed_numbers()
    {
        var executed = RunnerHarness.Executed(run.Out.Path, "01-corpus-overview");
        var printed = string.Join("\n", executed.Cells.Where(c => c.IsCode).Select(RunnerHarness.OutputText));
        var findings = string.Join("\n", executed.Cells.Where(c => !c.IsCode).Select(c => c.Source)).Replace("**", "");
        findings = Regex.Replace(findings, @"\s+", " ");

        var counts = Regex.Match(printed, @"(\d+) articles, (\d+) words, (\d+) outlets, (\d+) events");
        Assert.True(counts.Success, printed);
        Assert.Contains($"{counts.Groups[1]} articles, {counts.Groups[2]} words, from {counts.Groups[3]} named outlets on {counts.Groups[4]} events", findings);
        var dates = Regex.Match(printed, @"published between (\S+) and (\S+) \((\d+) dated\)");
        Assert.True(dates.Success, printed);
        Assert.Contains($"between {dates.Groups[1]} and {dates.Groups[2]}; {dates.Groups[3]} articles are dated", findings);
        var body = Regex.Match(printed, @"body paragraphs hold (\d+) ?% of all words");
        Assert.True(body.Success, printed);
        Assert.Contains($"Body paragraphs hold {body.Groups[1]} % of all words", findings);
        var inferred = Regex.Match(printed, @"(\d+) ?% of the metadata values present were inferred");
        Assert.True(inferred.Success, printed);
        Assert.Contains($"Only {inferred.Groups[1]} % of the metadata values present were inferred", findings);
        // and the numbers agree with the gold metadata of the sample
        Assert.Equal(Gold.Articles.Count().ToString(), counts.Groups[1].Value);
    }
}
