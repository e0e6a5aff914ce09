using System.Text.Json;
using Parallax.Cli;
using Parallax.Pipeline;
using Parallax.Tests.Support;

namespace Parallax.Tests.Attribution;

/// <summary>Hedged claims that rest on nobody are listed as <c>unattributed</c> when asked for, and only then.</summary>
public class UnsourcedClaimsTests
{
    private const string Text = "Ferry service to the island was suspended on Friday.\n" +
                                "The harbour master reportedly ordered the closure after a crane collapsed.\n" +
                                "The port authority said repairs would take a week.\n";

    [Fact]
    public void The_pipeline_keeps_unsourced_claims_only_with_the_option()
    {
        using var dir = Repo.Temp();
        File.WriteAllText(dir.File("ferry.txt"), Text);
        var corpus = Corpus.Load(dir.Path);
        var plain = TaggingPipeline.Default(dir.Path).Run(corpus).Documents.Single().Attributions;
        var pipeline = TaggingPipeline.Default(dir.Path).WithUnsourcedClaims(dir.Path);
        var withHedges = pipeline.Run(corpus).Documents.Single().Attributions;

        Assert.DoesNotContain(plain, a => a.SourceType == "unattributed");
        var hedge = Assert.Single(withHedges, a => a.SourceType == "unattributed");
        Assert.Contains("crane collapsed", Text[hedge.ContentStart..hedge.ContentEnd]);
        // the sourced claim is there either way, and the pipeline still has one tagger per name
        Assert.Contains(plain, a => a.Source == "The port authority");
        Assert.Contains(withHedges, a => a.Source == "The port authority");
        Assert.Equal(TaggingPipeline.Default(dir.Path).Taggers.Select(t => t.Name), pipeline.Taggers.Select(t => t.Name));
    }

    [Fact]
    public async Task The_command_lists_them_with_the_flag()
    {
        using var dir = Repo.Temp();
        File.WriteAllText(dir.File("ferry.txt"), Text);
        var plain = new StringWriter();
        var flagged = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["attributions", dir.Path, "--json"], plain, TextWriter.Null));
        Assert.Equal(0, await CliApp.RunAsync(["attributions", dir.Path, "--json", "--unsourced"], flagged, TextWriter.Null));
        static int Unattributed(string json) => JsonDocument.Parse(json).RootElement.GetProperty("ferry").EnumerateArray()
            .Count(a => a.GetProperty("source_type").GetString() == "unattributed");
        Assert.Equal(0, Unattributed(plain.ToString()));
        Assert.Equal(1, Unattributed(flagged.ToString()));
    }
}
