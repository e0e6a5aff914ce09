using Parallax.Reuse;

namespace Parallax.Tests.Reuse;

public class ReuseDetectorTests
{
    private static Document Doc(string id, string text, string? published = null) =>
        new(new Article(id, id + ".txt", text, "en", 1, new ArticleMetadata { Published = published },
            ParagraphSplitter.Split(text).Select(s => new Paragraph(s.Start, s.End, ParagraphRole.Body)).ToList()));

    private const string Wire = "The convoy left the northern depot before dawn on Tuesday carrying medical supplies for three field hospitals, " +
        "and officials said the trucks were stopped twice at checkpoints manned by local militias before reaching the river crossing late in the evening.";

    [Fact]
    public void A_republished_passage_is_reuse_with_its_aligned_span()
    {
        var original = Doc("a", "Morning report.\n" + Wire + "\nMore later.", "2024-03-01");
        var copy = Doc("b", "Our correspondent adds: " + Wire + " The ministry declined to comment.", "2024-03-02");
        var other = Doc("c", "A football match ended in a draw after a late penalty was saved by the visiting goalkeeper in front of a quiet crowd.");
        var relations = new ReuseDetector().Detect([original, copy, other], ["en", "en", "en"]);
        var r = Assert.Single(relations);
        Assert.Equal(("b", "a", "reuse"), (r.From, r.To, r.Kind));
        Assert.True(r.Score > 0.5);
        var p = Assert.Single(r.Passages);
        Assert.Equal(Wire.TrimEnd('.'), copy.Text[p.FromStart..p.FromEnd]);
        Assert.Equal(Wire.TrimEnd('.'), original.Text[p.ToStart..p.ToEnd]);
    }

    [Fact]
    public void The_same_quotation_in_otherwise_different_articles_is_a_shared_quote()
    {
        const string quote = "\"we will not leave this city until every family has water and light again\"";
        var a = Doc("a", "The governor visited the flooded district on Monday and told residents " + quote + " before leaving by helicopter.");
        var b = Doc("b", "Speaking to reporters in the capital after a cabinet meeting, the governor repeated " + quote + " and promised new funds.");
        var r = Assert.Single(new ReuseDetector().Detect([a, b], ["en", "en"]));
        Assert.Equal("shared quote", r.Kind);
    }

    [Fact]
    public void Different_languages_are_not_compared_for_reuse()
    {
        var a = Doc("a", Wire);
        var b = Doc("b", Wire);
        Assert.Empty(new ReuseDetector().Detect([a, b], ["en", "fr"]));
        Assert.Single(new ReuseDetector().Detect([a, b], ["en", "en"]));
    }

    [Fact]
    public void Anchor_order_alignment_scores_matching_sequences()
    {
        var (same, _) = TranslationDetector.Align(["a", "b", "c", "d"], ["a", "b", "c", "d"]);
        var (shuffled, pairs) = TranslationDetector.Align(["a", "b", "c", "d"], ["d", "c", "b", "a"]);
        Assert.Equal(1.0, same);
        Assert.Equal(0.25, shuffled);
        Assert.Single(pairs);
    }
}
