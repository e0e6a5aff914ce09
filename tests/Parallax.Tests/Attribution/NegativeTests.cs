using static Parallax.Tests.Attribution.AttributionKit;

namespace Parallax.Tests.Attribution;

/// <summary>Words that look like cues but attribute nothing; hedges without a source.</summary>
public class NegativeTests
{
    [Theory]
    [InlineData("en", "Residents fled the so-called buffer zone last year.")]
    [InlineData("en", "The reported death toll rose to forty by the evening.")]
    [InlineData("en", "Officials refused to say how many people were killed.")]
    [InlineData("en", "The location of the crash was not reported.")]
    [InlineData("en", "His claims were never verified.")]
    [InlineData("en", "New evidence reveals that the fire started in the kitchen.")]
    [InlineData("en", "The reasons the government has vowed to act are unclear.")]
    [InlineData("en", "Her reports are frequently cited by foreign media.")]
    [InlineData("en", "As we noted earlier, the bridge was closed.")]
    [InlineData("en", "The commander was reportedly killed in the strike.")]
    [InlineData("en", "The militia is said to control the northern districts.")]
    [InlineData("en", "The general staff did not immediately respond to a request for comment.")]
    [InlineData("fr", "Le ministère n'a pas confirmé ces informations.")]
    [InlineData("fr", "Les détails de l'attaque n'ont pas été révélés.")]
    [InlineData("fr", "Le commandant aurait été tué dans la frappe.")]
    [InlineData("fr", "Une grande partie du pays a été reprise par le régime.")]
    public void Finds_no_attribution(string language, string text) => Assert.Empty(Tag(text, language));

    [Theory]
    [InlineData("en", "The commander was reportedly killed in the strike.", "reportedly")]
    [InlineData("en", "The militia is said to control the northern districts.", "is said to")]
    [InlineData("fr", "Le commandant aurait été tué dans la frappe.", "aurait été")]
    public void Hedges_without_a_source_are_unattributed_when_asked_for(string language, string text, string cue)
    {
        var a = Assert.Single(Tag(text, language, hedges: true));
        Assert.Equal("unattributed", a.SourceType);
        Assert.Equal(cue, a.Cue);
        Assert.Equal("", a.Source);
    }

    [Fact]
    public void A_hedge_in_a_sourced_sentence_adds_nothing()
    {
        var a = Assert.Single(Tag("The militia is said to control the north, the agency reported.", hedges: true));
        Assert.Equal("the agency", a.Source);
    }
}
