using System.Text.Json;
using Parallax.Pipeline;
using Parallax.Tests.Support;
using Xunit.Abstractions;

namespace Parallax.Tests.Attribution;

/// <summary>
/// The attribution layer on a small set of invented wire-style articles it was not tuned on (Unseen/, English and
/// French), against their hand annotation (Unseen/unseen.gold.json), with the full pipeline as a user runs it.
/// </summary>
public class UnseenAttributionTests(ITestOutputHelper output)
{
    private static string Folder => Path.Combine(Repo.Root, "tests", "Parallax.Tests", "Attribution", "Unseen");

    private static readonly Lazy<CorpusTags> Tags = new(() => TaggingPipeline.Default(Folder).Run(Corpus.Load(Folder)));

    private static readonly Lazy<JsonDocument> GoldDoc = new(() => JsonDocument.Parse(File.ReadAllText(Path.Combine(Folder, "unseen.gold.json"))));

    private AttributionScorer.Scored ScoreLanguage(string language)
    {
        var articles = GoldDoc.Value.RootElement.GetProperty("articles").EnumerateArray()
            .Where(a => a.GetProperty("language").GetString() == language)
            .Select(a => (Gold.Id(a), AttributionScorer.GoldOf(a), Tags.Value[Gold.Id(a)].Attributions)).ToList();
        Assert.NotEmpty(articles);
        var s = AttributionScorer.Score(articles);
        output.WriteLine($"[unseen {language}] {s}");
        foreach (var l in s.Log) output.WriteLine(l);
        Console.WriteLine($"[attribution unseen {language}] {s}");
        return s;
    }

    [Theory]
    [InlineData("en")]
    [InlineData("fr")]
    public void Precision_recall_and_source_type_reach_0_90_on_unseen_articles(string language)
    {
        var s = ScoreLanguage(language);
        Assert.True(s.Precision >= 0.90, $"precision {s.Precision:F3}");
        Assert.True(s.Recall >= 0.90, $"recall {s.Recall:F3}");
        Assert.True(s.F1 >= 0.90, $"F1 {s.F1:F3}");
        Assert.True(s.TypeAccuracy >= 0.90, $"source type accuracy {s.TypeAccuracy:F3}");
        Assert.True(s.ChainsFound >= 0.8 * s.Chains, $"chains {s.ChainsFound}/{s.Chains}");
    }

    [Fact]
    public void Contents_start_after_a_dateline()
    {
        var doc = Tags.Value["en1"];
        var a = Assert.Single(doc.Attributions, a => a.Source == "three local security officials");
        Assert.StartsWith("A drone struck", doc.Text[a.ContentStart..a.ContentEnd]);
        var fr = Tags.Value["fr1"];
        var b = Assert.Single(fr.Attributions, a => a.Source == "un responsable local de la sécurité");
        Assert.StartsWith("Un drone a frappé", fr.Text[b.ContentStart..b.ContentEnd]);
    }
}
