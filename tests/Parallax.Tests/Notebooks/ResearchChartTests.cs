using Parallax.Attribution;
using Parallax.Charts;
using Parallax.Frames;
using Parallax.Pipeline;
using Plotly.NET;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax.Tests.Notebooks;

/// <summary>The research chart builders on small texts written here: claims and relays, escaping of data in hover text, CSV data.</summary>
public class ResearchChartTests
{
    private const string Text = "Harbour officials said the <b>ferry</b> sank & two crew <script>alert(1)</script> drowned. The Gull Times reported, citing a port worker, that the engine failed. It rained.";

    private static CorpusTags Tags()
    {
        var article = new Article("t1", "t1.txt", Text, "en", 1, new ArticleMetadata { Outlet = "<i>Coast</i> Weekly" }, [new Paragraph(0, Text.Length, ParagraphRole.Body)]);
        int gull = Text.IndexOf("The Gull Times", StringComparison.Ordinal), worker = Text.IndexOf("a port worker", StringComparison.Ordinal);
        int that = Text.IndexOf("that the engine", StringComparison.Ordinal), rained = Text.IndexOf("It rained", StringComparison.Ordinal);
        var doc = new Document(article)
        {
            Attributions =
            [
                new AttributionRecord("Harbour officials", 0, 17, "official", "said", QuoteKind.Indirect, 23, gull - 1),
                new AttributionRecord("The Gull Times", gull, gull + 14, "newspaper", "reported", QuoteKind.Indirect, that, rained - 1),
                new AttributionRecord("a port worker", worker, worker + 13, "anonymous", "citing", QuoteKind.Indirect, that, rained - 1, Via: 1),
            ],
        };
        return new CorpusTags("test", [doc], []);
    }

    [Fact]
    public void A_relayed_source_is_the_claim_and_its_relay_the_intermediary()
    {
        var chains = SourcingFrames.Chains(Tags());
        Assert.Equal(2, chains.Count);
        var relayed = Assert.Single(chains, c => c.Intermediary != SourcingFrames.Direct);
        Assert.Equal(("The Gull Times", "a port worker", "anonymous"), (relayed.Intermediary, relayed.Source, relayed.SourceType));
        Assert.Equal("<i>Coast</i> Weekly", relayed.Publisher);
        Assert.StartsWith("The Gull Times reported", relayed.Sentence);
        Assert.Equal(0.5, SourcingFrames.UnnamedShare(chains));
    }

    [Fact]
    public void Sentences_are_classed_by_what_they_rest_on()
    {
        var basis = SourcingFrames.SentenceBasis(Tags()).Select(b => b.Basis).ToList();
        Assert.Equal(["named source", "anonymous source", "no source (outlet's voice)"], basis);
    }

    [Fact]
    public void Chart_data_in_hover_and_labels_is_escaped()
    {
        foreach (var chart in new[] { AttributionCharts.Chains(Tags()), AttributionCharts.SourceTypesPerArticle(Tags()), AttributionCharts.SentenceBasis(Tags()) })
        {
            var json = GenericChart.toFigureJson(chart);
            Assert.DoesNotContain("<script>", json);
            Assert.DoesNotContain("<i>Coast", json);
            Assert.DoesNotContain("<b>ferry", json);
            Assert.Contains("&lt;i&gt;Coast&lt;/i&gt; Weekly", json);
        }
        Assert.Contains("&lt;script&gt;", GenericChart.toFigureJson(AttributionCharts.SentenceBasis(Tags())));
    }

    [Fact]
    public void Sankey_sums_equal_links_and_exports_every_link_as_csv()
    {
        var links = new[]
        {
            new SankeyChart.Link(0, "Outlet A", 1, "Wire B", 1, "wire", "first"),
            new SankeyChart.Link(0, "Outlet A", 1, "Wire B", 2, "wire", "second"),
            new SankeyChart.Link(1, "Wire B", 2, "Outlet A", 1, "newspaper"),
        };
        var chart = SankeyChart.Build(links, "Flows", ["From", "Via", "To"]);
        var json = GenericChart.toFigureJson(chart);
        Assert.Contains("\"value\":[3.0,1.0]", json.Replace(" ", ""));
        // "Outlet A" in column 0 and in column 2 are two nodes.
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Matches(json, "\"Outlet A\"").Count);
        var csv = ChartData.Of(chart).ToCsv();
        Assert.Equal(4, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Hover_text_wraps_long_sentences_at_spaces()
    {
        var wrapped = HoverText.Wrap(string.Join(' ', Enumerable.Repeat("word", 60)), 30);
        Assert.All(wrapped.Split('\n'), l => Assert.True(l.Length <= 30, l));
        Assert.Equal(60, wrapped.Split(['\n', ' ']).Length);
    }

    [Fact]
    public void Sentence_text_finds_the_sentence_around_an_offset()
    {
        var article = Tags().Documents[0].Article;
        Assert.Equal("It rained.", SentenceText.At(article, Text.IndexOf("rained", StringComparison.Ordinal)));
        Assert.EndsWith("…", SentenceText.Cut(new string('x', 500)));
    }
}
