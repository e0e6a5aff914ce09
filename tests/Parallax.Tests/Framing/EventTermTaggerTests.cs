using Parallax.Framing;

namespace Parallax.Tests.Framing;

public class EventTermTaggerTests
{
    private static Document Doc(string text, string? lang = null) =>
        new(new Article("t", "t.txt", text, lang, 1, new ArticleMetadata(), [new Paragraph(0, text.Length, ParagraphRole.Body)]));

    private static readonly EventTermTagger Events = EventTermTagger.For(KitData.For(null));
    private static readonly HedgeTagger Hedges = HedgeTagger.For(KitData.For(null));

    [Fact]
    public void Death_terms_get_lemma_and_connotation()
    {
        var d = Events.Tag(Doc("The mayor was martyred on Friday; another official was shot dead and a third was slain."));
        Assert.Equal(["martyr", "shoot", "slay"], d.EventTerms.Select(t => t.Lemma));
        Assert.Equal("honorific", d.EventTerms[0].Connotation);
        Assert.Equal("shot dead", d.EventTerms[1].Text);
    }

    [Fact]
    public void French_terms_read_elided_articles()
    {
        var d = Events.Tag(Doc("Après l’assassinat du maire, un policier a été abattu et le suspect est mort en martyr.", "fr"));
        Assert.Equal(["l’assassinat", "abattu", "mort en martyr"], d.EventTerms.Select(t => t.Text));
        Assert.Equal("honorific", d.EventTerms[2].Connotation);
    }

    [Fact]
    public void Hedges_take_the_longest_phrase()
    {
        var d = Hedges.Tag(Doc("It is highly likely that the convoy was hit, and the driver is believed to have fled; details have not yet been disclosed."));
        Assert.Equal(["It is highly likely", "is believed to", "have not yet been disclosed"], d.Hedges.Select(h => h.Text));
        Assert.Equal(["likelihood", "hearsay", "undisclosed"], d.Hedges.Select(h => h.Kind));
    }

    [Fact]
    public void French_hedges()
    {
        var d = Hedges.Tag(Doc("Le chef aurait quitté la ville ; il est fort probable qu'il soit parti, peut-être vers le nord.", "fr"));
        Assert.Equal(["aurait", "il est fort probable", "peut-être"], d.Hedges.Select(h => h.Text));
    }

    [Fact]
    public void Language_filters_entries()
    {
        var d = Hedges.Tag(Doc("Le chef aurait quitté la ville.", "en"));
        Assert.Empty(d.Hedges);
    }
}
