using Parallax.Cli;
using Parallax.Frames;
using Parallax.Pipeline;
using Parallax.Tests.Support;

namespace Parallax.Tests.Attribution;

/// <summary>Deedle frames over attributions and the <c>parallax attributions</c> verb.</summary>
public class AttributionFramesTests
{
    private static readonly Lazy<CorpusTags> Tags = new(() => TaggingPipeline.Default(Repo.Seeds).Run(Corpus.Load(Repo.Seeds)));

    [Fact]
    public void Attributions_frame_has_one_row_per_attribution()
    {
        var frame = AttributionFrames.Attributions(Tags.Value);
        Assert.Equal(Tags.Value.Documents.Sum(d => d.Attributions.Count), frame.RowCount);
        Assert.Contains("SourceType", frame.ColumnKeys);
        Assert.Contains("Via", frame.ColumnKeys);
    }

    [Fact]
    public void Source_type_counts_are_articles_by_types()
    {
        var frame = AttributionFrames.SourceTypeCounts(Tags.Value);
        Assert.Equal(5, frame.RowCount);
        var counts = frame.GetColumn<int>("state-media");
        Assert.Equal(1, counts.Get("002_9bad8c82eba500b6"));
        Assert.True(counts.Get("004_1dc118ad674d9da5") >= 3);
    }

    [Fact]
    public void Chain_edges_point_from_carrier_to_reached_source()
    {
        var edges = AttributionFrames.EdgeRows(Tags.Value).ToList();
        Assert.Contains(edges, e => e.FromSource == "Reuters" || e.FromSource.Contains("Reuters") && e.ToSource == "Turkish security sources");
        Assert.Contains(edges, e => e.FromSource == "Iran's Foreign Ministry" && e.ToSource.EndsWith("Abbas Araghchi"));
        Assert.Equal(edges.Count, AttributionFrames.ChainEdges(Tags.Value).RowCount);
    }

    [Fact]
    public async Task Attributions_verb_prints_json_per_article()
    {
        var output = new StringWriter();
        var code = await CliApp.RunAsync(["attributions", Repo.Seeds, "--json"], output, new StringWriter());
        Assert.Equal(0, code);
        var doc = System.Text.Json.JsonDocument.Parse(output.ToString()).RootElement;
        var first = doc.GetProperty("003_398995f46da76647")[0];
        Assert.Equal("Iranian media", first.GetProperty("source").GetString());
        Assert.Equal("state-media", first.GetProperty("source_type").GetString());
    }

    [Fact]
    public async Task Attributions_verb_names_a_missing_folder()
    {
        var err = new StringWriter();
        var code = await CliApp.RunAsync(["attributions", "/no/such/folder"], new StringWriter(), err);
        Assert.Equal(2, code);
        Assert.Contains("/no/such/folder", err.ToString());
    }
}
