using System.Text.Json;
using Parallax.Pipeline;
using Parallax.Tests.Support;
using Xunit.Abstractions;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax.Tests.Attribution;

/// <summary>The attribution layer against the hand annotation of the seeds.</summary>
public class AttributionGoldTests(ITestOutputHelper output)
{
    private static readonly Lazy<CorpusTags> Tags = new(() => TaggingPipeline.Default(Repo.Seeds).Run(Corpus.Load(Repo.Seeds)));

    private static AttributionScorer.Scored Score() =>
        AttributionScorer.Score(Gold.Articles.Select(ga => (Gold.Id(ga), AttributionScorer.GoldOf(ga), Tags.Value[Gold.Id(ga)].Attributions)));

    private static List<GoldAttribution> GoldOf(JsonElement article) => AttributionScorer.GoldOf(article);

    private static bool SameSource(string gold, AttributionRecord found) => AttributionScorer.SameSource(gold, found);

    [Fact]
    public void Precision_recall_and_source_type_accuracy_reach_0_90_on_the_seeds()
    {
        var s = Score();
        double p = (double)s.Matched / s.Found, r = (double)s.Matched / s.Gold, t = (double)s.TypeRight / s.Matched;
        output.WriteLine($"attributions: found {s.Found}, gold {s.Gold}, matched {s.Matched}");
        output.WriteLine($"precision {p:F3}  recall {r:F3}  F1 {2 * p * r / (p + r):F3}  source type {t:F3}");
        foreach (var l in s.Log) output.WriteLine(l);
        Console.WriteLine($"[attribution gold] precision {p:F3} recall {r:F3} type {t:F3}");
        Assert.True(p >= 0.90, $"precision {p:F3}");
        Assert.True(r >= 0.90, $"recall {r:F3}");
        Assert.True(t >= 0.90, $"source type accuracy {t:F3}");
    }

    [Fact]
    public void Every_gold_chain_is_found_in_the_right_direction()
    {
        int chains = 0;
        foreach (var ga in Gold.Articles)
        {
            var list = Tags.Value[Gold.Id(ga)].Attributions;
            foreach (var g in GoldOf(ga).Where(g => g.Via is not null || g.ViaFor is not null))
            {
                chains++;
                // "via": this source is reached through g.Via; "via_for": g.ViaFor is reached through this source
                var (reached, through) = g.Via is not null ? (g.Source, g.Via) : (g.ViaFor!, g.Source);
                Assert.Contains(list, a => SameSource(reached, a) && a.Via is int v && SameSource(through, list[v]));
            }
        }
        Assert.Equal(5, chains);
    }

    [Fact]
    public void The_two_lost_block_quotes_are_attributed_to_their_sources()
    {
        var doc = Tags.Value["001_8a58323627501f48"];
        var text = doc.Text;
        var toi = Assert.Single(doc.Attributions, a => a.Source == "The Times of Israel" && a.Cue.Contains("follows"));
        Assert.Equal(Parallax.Attribution.QuoteKind.Direct, toi.Quote);
        Assert.StartsWith("He is said to have been at the forefront", text[toi.ContentStart..toi.ContentEnd]);
        var masdar = Assert.Single(doc.Attributions, a => a.Source.EndsWith("al-Masdar News"));
        Assert.Equal("newspaper", masdar.SourceType);
        Assert.EndsWith("Local Defense Forces (LDF).", text[masdar.ContentStart..masdar.ContentEnd]);
        Assert.Contains("The location of", text[masdar.ContentStart..masdar.ContentEnd]);
    }

    [Fact]
    public void Selon_les_medias_officiels_iraniens_is_state_media()
    {
        var a = Assert.Single(Tags.Value["002_9bad8c82eba500b6"].Attributions, a => a.Cue == "selon");
        Assert.Equal("les médias officiels iraniens", a.Source);
        Assert.Equal("state-media", a.SourceType);
    }

    [Fact]
    public void Pronouns_and_descriptions_resolve_to_the_journalist()
    {
        var list = Tags.Value["004_1dc118ad674d9da5"].Attributions;
        Assert.All(list.Where(a => a.Source == "He"), a => Assert.Equal("Yakup Aslan", a.RefersTo));
        Assert.Equal("an Islamic Republic security official", Assert.Single(list, a => a.Source == "The official").RefersTo);
        Assert.Equal("Iranian media", Assert.Single(list, a => a.Source == "The outlets").RefersTo);
    }

    [Fact]
    public void Spans_are_inside_the_text_and_sources_match_their_offsets()
    {
        foreach (var d in Tags.Value.Documents)
            foreach (var a in d.Attributions)
            {
                Assert.InRange(a.ContentStart, 0, d.Text.Length);
                Assert.InRange(a.ContentEnd, a.ContentStart, d.Text.Length);
                if (a.SourceStart >= 0) Assert.Equal(a.Source, d.Text[a.SourceStart..a.SourceEnd]);
                if (a.Via is int v) Assert.InRange(v, 0, d.Attributions.Count - 1);
            }
    }
}
