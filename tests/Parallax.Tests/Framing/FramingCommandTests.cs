using System.Text.Json;
using Parallax.Cli;
using Parallax.Frames;
using Parallax.Framing;
using Parallax.Pipeline;
using Parallax.Tests.Support;

namespace Parallax.Tests.Framing;

public class FramingCommandTests
{
    [Fact]
    public async Task Framing_json_names_the_lexicon_and_lists_the_translation()
    {
        using var dir = Repo.Temp().CopyFrom(Repo.Seeds);
        var before = Directory.GetFiles(dir.Path).Length;
        var output = new StringWriter();
        var outFile = Path.Combine(Path.GetTempPath(), "parallax-framing-" + Guid.NewGuid().ToString("N")[..8] + ".json");
        try
        {
            int code = await CliApp.RunAsync(["framing", dir.Path, "--by", "id", "--json", "--out", outFile], output, new StringWriter());
            Assert.Equal(0, code);
            using var json = JsonDocument.Parse(output.ToString());
            Assert.Equal("armed-conflict (kit default)", json.RootElement.GetProperty("lexicon").GetString());
            var relation = Assert.Single(json.RootElement.GetProperty("relations").EnumerateArray());
            Assert.Equal("translation", relation.GetProperty("kind").GetString());
            Assert.True(json.RootElement.GetProperty("keyness_terms").GetArrayLength() > 0);
            Assert.Equal(output.ToString().Trim(), File.ReadAllText(outFile).Trim());
            Assert.Equal(before, Directory.GetFiles(dir.Path).Length);
        }
        finally { File.Delete(outFile); }
    }

    [Fact]
    public async Task An_unknown_grouping_field_is_a_usage_error()
    {
        var err = new StringWriter();
        int code = await CliApp.RunAsync(["framing", Repo.Seeds, "--by", "colour"], new StringWriter(), err);
        Assert.Equal(2, code);
        Assert.Contains("unknown metadata field 'colour'", err.ToString());
    }

    [Fact]
    public void Frames_hold_labels_counts_and_the_relation_matrix()
    {
        var corpus = Corpus.Load(Repo.Seeds);
        var tags = TaggingPipeline.Default(Repo.Seeds).Run(corpus);
        var labels = FramingFrames.Labels(tags.Documents);
        Assert.Equal(tags.Documents.Sum(d => d.Labels.Count), labels.RowCount);
        Assert.Contains("Actor", labels.ColumnKeys);
        var byOutlet = FramingFrames.SideByOutlet(tags.Documents);
        Assert.Contains("opposition", byOutlet.RowKeys);
        var matrix = FramingFrames.RelationMatrix(tags);
        string en = SeedDocuments.Get("000").Id, fr = SeedDocuments.Get("002").Id;
        var translation = Assert.Single(tags.Relations, r => r.From == fr && r.To == en && r.Kind == "translation");
        double cell = matrix.GetColumn<double>(en).Get(fr);
        Assert.Equal(translation.Score, cell, 6);
        Assert.True(cell > 0.5, $"translation score {cell}");
        Assert.Equal(tags.Documents.Count, FramingFrames.HedgesPerArticle(tags.Documents).RowCount);
    }
}
