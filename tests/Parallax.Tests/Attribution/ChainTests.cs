using static Parallax.Tests.Attribution.AttributionKit;

namespace Parallax.Tests.Attribution;

/// <summary>Chains: who a source is reached through, on sentences written for the tests.</summary>
public class ChainTests
{
    private static void AssertVia(IReadOnlyList<Parallax.Attribution.Attribution> list, string reached, string through)
    {
        var a = Assert.Single(list, a => a.Source == reached);
        Assert.NotNull(a.Via);
        Assert.Equal(through, list[a.Via!.Value].Source);
    }

    [Fact]
    public void Reported_citing()
    {
        var list = Tag("Tasnim reported, citing an informed source, that two fighters were killed.");
        AssertVia(list, "an informed source", "Tasnim");
        Assert.Null(BySource(list, "Tasnim").Via);
    }

    [Fact]
    public void Comma_citing_comma_said()
    {
        var list = Tag("Kyodo News, citing government sources, said the launch had failed.");
        AssertVia(list, "government sources", "Kyodo News");
        Assert.Equal("wire", BySource(list, "Kyodo News").SourceType);
    }

    [Fact]
    public void Quoted_as_saying_makes_the_quoting_source_when_it_has_none_yet()
    {
        var list = Tag("The agency quoted a senior commander as saying the operation was over.");
        AssertVia(list, "a senior commander", "The agency");
    }

    [Fact]
    public void Quoted_as_saying_goes_through_the_quoting_source_already_cited()
    {
        const string text = "Nadia Haddad, a correspondent for a Gulf broadcaster, reported from the city on Monday.\nHaddad quoted a local official saying the water plant had been hit.";
        var list = Tag(text);
        var official = BySource(list, "a local official");
        Assert.Equal("Nadia Haddad", list[official.Via!.Value].Source);
        Assert.Equal(2, list.Count);
    }

    [Fact]
    public void Quoted_him_as_saying_links_the_earlier_speaker()
    {
        var list = Tag("Foreign Minister Li Wei said both sides must show restraint, Xinhua quoted him as saying.");
        AssertVia(list, "Foreign Minister Li Wei", "Xinhua");
        Assert.Equal("state-media", BySource(list, "Xinhua").SourceType);
    }

    [Fact]
    public void Quoted_by_in_an_aside()
    {
        var list = Tag("The governor, quoted by the BBC, said the dam would hold.");
        AssertVia(list, "The governor", "the BBC");
    }

    [Fact]
    public void According_to_the_report_by_names_the_author()
    {
        var list = Tag("According to the report by Omar Said, the depot burned for two days.");
        var a = Assert.Single(list);
        Assert.Equal("Omar Said", a.Source);
        Assert.Equal("According to the report by", a.Cue);
    }

    [Fact]
    public void According_to_X_Y_said()
    {
        var list = Tag("According to Interfax, a regional governor said the pipeline was damaged.");
        AssertVia(list, "a regional governor", "Interfax");
    }

    [Fact]
    public void Told_a_news_agency()
    {
        var list = Tag("A senior commander told Reuters that the shelling had stopped.");
        AssertVia(list, "A senior commander", "Reuters");
    }

    [Fact]
    public void Told_reporters_is_no_chain()
    {
        var a = Assert.Single(Tag("The minister told reporters that the border would stay closed."));
        Assert.Null(a.Via);
    }

    [Fact]
    public void Announced_by_then_circulated_including()
    {
        var list = Tag("The death was announced by Syrian state TV and then picked up by several outlets, including Sky News Arabia.");
        AssertVia(list, "Syrian state TV", "Sky News Arabia");
    }

    [Fact]
    public void Photo_credit_via_two_outlets()
    {
        var list = Tag("The damaged hospital in the north of the city, via SANA/Anadolu.");
        Assert.Equal(["SANA", "Anadolu"], list.Select(a => a.Source));
        Assert.All(list, a => Assert.Equal("via", a.Cue));
        AssertVia(list, "SANA", "Anadolu");
    }

    [Fact]
    public void Via_a_place_is_no_credit()
    {
        Assert.Empty(Tag("The fighters crossed into the province via Turkey."));
    }

    [Fact]
    public void French_citant()
    {
        var list = Tag("L'AFP, citant un responsable local, a rapporté que le pont était détruit.", "fr");
        AssertVia(list, "un responsable local", "L'AFP");
        Assert.Equal("wire", BySource(list, "L'AFP").SourceType);
    }

    [Fact]
    public void French_cite_par()
    {
        var list = Tag("Le gouverneur, cité par l'agence Anadolu, a déclaré que la route était coupée.", "fr");
        AssertVia(list, "Le gouverneur", "l'agence Anadolu");
    }

    [Fact]
    public void French_inverted_source_after_a_il_indique_a_l_agence()
    {
        var list = Tag("« La situation est grave », a indiqué à l'AFP une source diplomatique.", "fr");
        AssertVia(list, "une source diplomatique", "l'AFP");
        Assert.Equal("anonymous", BySource(list, "une source diplomatique").SourceType);
    }
}
