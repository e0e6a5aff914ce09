using Parallax.Cli;
using Parallax.Frames;
using Parallax.Names;
using Parallax.Pipeline;
using Parallax.Tests.Support;
using static Parallax.Tests.Names.NameTestKit;

namespace Parallax.Tests.Names;

/// <summary>Deedle frames of the names layer and the <c>parallax names</c> verb.</summary>
public class NamesFramesAndCliTests
{
    [Fact]
    public void Mentions_frame_has_one_row_per_mention()
    {
        var tags = Cluster("Muammar Gaddafi spoke in Tripoli.", "Kadhafi left Tripoli.");
        var frame = NamesFrames.Mentions(tags);
        Assert.Equal(tags.Documents.Sum(d => d.Mentions.Count), frame.RowCount);
        Assert.Contains("Entity", frame.ColumnKeys);
        Assert.Contains("Muammar Gaddafi", frame.GetColumn<string>("Text").Values);
    }

    [Fact]
    public void Spelling_counts_by_article_and_outlet()
    {
        var tags = TaggingPipeline.Default(Repo.Seeds).Run(Corpus.Load(Repo.Seeds));
        var byArticle = NamesFrames.SpellingByArticle(tags, MentionKind.Person);
        var entity = tags.Entities.Single(e => e.Variants.Any(v => v.Text == "Asghar Pashapour")).Id;
        var row = NamesFrames.RowKey(entity, "Asghar Pashapour");
        Assert.Equal(2.0, byArticle.GetColumn<double>("001_8a58323627501f48")[row]);
        Assert.Equal(0.0, byArticle.GetColumn<double>("000_b6d6d4f35f835e85")[row]);
        var byOutlet = NamesFrames.SpellingByOutlet(tags, MentionKind.Person);
        Assert.Equal(byArticle.RowCount, byOutlet.RowCount);
        Assert.Equal(tags.Documents.Sum(d => d.Mentions.Count(m => m.Kind == MentionKind.Person)),
            (int)byOutlet.ColumnKeys.Sum(c => byOutlet.GetColumn<double>(c).Values.Sum()));
    }

    [Fact]
    public async Task Names_verb_prints_groups_with_reasons()
    {
        var output = new StringWriter();
        var code = await CliApp.RunAsync(["names", Repo.Seeds, "--kind", "person"], output, new StringWriter());
        Assert.Equal(0, code);
        var text = output.ToString();
        Assert.Contains("Asghar Pashapour", text);
        Assert.Contains("p/b", text);
        Assert.DoesNotContain("Aleppo", text);
    }

    [Fact]
    public async Task Names_verb_rejects_an_unknown_kind()
    {
        var err = new StringWriter();
        Assert.Equal(2, await CliApp.RunAsync(["names", Repo.Seeds, "--kind", "planet"], new StringWriter(), err));
        Assert.Contains("--kind", err.ToString());
    }

    [Fact]
    public void Tags_json_carries_mentions_and_entities()
    {
        var tags = Cluster("Muammar Gaddafi spoke.", "Moammar Qaddafi spoke.");
        var json = System.Text.Json.JsonDocument.Parse(Parallax.Tags.TagsJson.Serialize(tags)).RootElement;
        var entity = json.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("kind").GetString() == "person");
        Assert.Equal(2, entity.GetProperty("variants").GetArrayLength());
        Assert.True(entity.GetProperty("merges").GetArrayLength() >= 1);
    }
}
