using Parallax.Attribution;
using static Parallax.Tests.Attribution.AttributionKit;

namespace Parallax.Tests.Attribution;

/// <summary>Quotation styles and block quotations, on texts written for the tests.</summary>
public class QuoteTests
{
    [Theory]
    [InlineData("\"We will not back down,\" the spokeswoman said.")]
    [InlineData("“We will not back down,” the spokeswoman said.")]
    [InlineData("‘We will not back down,’ the spokeswoman said.")]
    [InlineData("« Nous ne céderons pas », a déclaré la porte-parole.")]
    public void Direct_quotes_in_every_style(string text)
    {
        var a = Assert.Single(Tag(text, text.Contains('«') ? "fr" : "en"));
        Assert.Equal(QuoteKind.Direct, a.Quote);
    }

    [Fact]
    public void Nested_quotes_are_one_direct_quote()
    {
        const string text = "“They shouted ‘leave now’ and then the shelling began,” a resident said.";
        var spans = QuoteDetector.Find(text, 0, text.Length);
        Assert.Equal([0, 1], spans.Select(q => q.Depth));
        var a = Assert.Single(Tag(text));
        Assert.Equal(QuoteKind.Direct, a.Quote);
        Assert.Equal("anonymous", a.SourceType);
    }

    [Fact]
    public void A_quote_spanning_sentences_stays_with_its_cue()
    {
        const string text = "“We waited for hours. Nobody came,” said a volunteer.";
        var a = Assert.Single(Tag(text));
        Assert.Equal("a volunteer", a.Source);
        Assert.Equal(QuoteKind.Direct, a.Quote);
        Assert.StartsWith("“We waited", Content(text, a));
    }

    [Fact]
    public void Partly_quoted_content_is_mixed()
    {
        const string text = "The ministry said the raid targeted \"terrorist cells\" in the east.";
        Assert.Equal(QuoteKind.Mixed, Assert.Single(Tag(text)).Quote);
    }

    [Fact]
    public void Apostrophes_are_not_quotes()
    {
        const string text = "The army’s spokesman said the unit’s commander wasn’t hurt.";
        Assert.Empty(QuoteDetector.Find(text, 0, text.Length));
        Assert.Equal(QuoteKind.Indirect, Assert.Single(Tag(text)).Quote);
    }

    [Fact]
    public void A_final_colon_makes_the_next_paragraph_a_block_quote()
    {
        const string text = "The army spokesman said:\n\nOur units repelled the attack and secured the ridge before dawn.\n\nFighting resumed later.";
        var a = Assert.Single(Tag(text));
        Assert.Equal(QuoteKind.Direct, a.Quote);
        Assert.Equal("Our units repelled the attack and secured the ridge before dawn.", Content(text, a));
    }

    [Fact]
    public void As_follows_makes_the_next_paragraph_a_block_quote()
    {
        const string text = "The Guardian describes the new commander as follows\n\nA veteran of two wars, he rose through the ranks quickly.";
        var a = Assert.Single(Tag(text));
        Assert.Equal("The Guardian", a.Source);
        Assert.Equal(QuoteKind.Direct, a.Quote);
        Assert.StartsWith("A veteran of two wars", Content(text, a));
    }

    [Fact]
    public void A_paraphrase_ending_in_a_colon_is_mixed_with_its_block_quote()
    {
        const string text = "Monitors described that the town had changed hands twice:\n\nThe town fell on Monday and was retaken on Wednesday by the same brigade.";
        var a = Assert.Single(Tag(text));
        Assert.Equal(QuoteKind.Mixed, a.Quote);
        Assert.EndsWith("by the same brigade.", Content(text, a));
    }

    [Fact]
    public void French_comme_suit_block_quote()
    {
        const string text = "Le quotidien décrit la scène comme suit :\n\nLes blindés sont entrés dans la ville à l'aube.";
        var a = Assert.Single(Tag(text, "fr"));
        Assert.Equal(QuoteKind.Direct, a.Quote);
        Assert.StartsWith("Les blindés", Content(text, a));
    }
}
