using static Parallax.Tests.Attribution.AttributionKit;

namespace Parallax.Tests.Attribution;

/// <summary>Pronouns and descriptions resolve to the latest compatible source, on texts written for the tests.</summary>
public class ReferenceTests
{
    [Fact]
    public void He_added_resolves_to_the_latest_person()
    {
        var list = Tag("Interior Minister Tomas Varga said the curfew would end on Sunday. He added that the army would stay.");
        var he = BySource(list, "He");
        Assert.Equal("Interior Minister Tomas Varga", he.RefersTo);
        Assert.Equal("official", he.SourceType);
    }

    [Fact]
    public void The_official_added_resolves_to_an_anonymous_official()
    {
        var list = Tag("A Western security official said the shipment left port in May. The official added that it carried drones.");
        var d = BySource(list, "The official");
        Assert.Equal("A Western security official", d.RefersTo);
        Assert.Equal("anonymous", d.SourceType);
    }

    [Fact]
    public void The_report_noted_resolves_to_the_latest_news_source()
    {
        var list = Tag("Der Spiegel reported that the contract was signed in 2019. The report noted that no tender was held.");
        var d = BySource(list, "The report");
        Assert.Equal("Der Spiegel", d.RefersTo);
        Assert.Equal("newspaper", d.SourceType);
    }

    [Fact]
    public void The_journalist_resolves_through_an_appositive()
    {
        var list = Tag("Karim Nasser, a Lebanese journalist, said the crossing was closed.\nThe Lebanese journalist described the mood as \"grim.\"");
        Assert.Equal("Karim Nasser", BySource(list, "The Lebanese journalist").RefersTo);
    }

    [Fact]
    public void A_description_with_another_nationality_does_not_resolve()
    {
        var list = Tag("Karim Nasser, a Lebanese journalist, said the crossing was closed.\nThe Turkish journalist said the crossing was open.");
        Assert.Null(BySource(list, "The Turkish journalist").RefersTo);
    }

    [Fact]
    public void It_resolves_to_an_organisation()
    {
        var list = Tag("The Iraqi army reported clashes near the dam, which it described as \"intense.\"");
        Assert.Equal("The Iraqi army", BySource(list, "it").RefersTo);
        Assert.Equal("military", BySource(list, "it").SourceType);
    }

    [Fact]
    public void Il_a_ajoute_resolves_in_French()
    {
        var list = Tag("Le ministre Paul Girard a déclaré que les écoles rouvriraient. Il a ajouté que la police resterait mobilisée.", "fr");
        Assert.Equal("Le ministre Paul Girard", BySource(list, "Il").RefersTo);
    }

    [Fact]
    public void A_description_and_its_name_in_apposition_are_one_source()
    {
        var list = Tag("The provincial governor, Ahmet Kaya, said the roads were open. He added that schools stay closed.");
        var gov = BySource(list, "The provincial governor, Ahmet Kaya");
        Assert.Equal("official", gov.SourceType);
        Assert.Equal("official", BySource(list, "He").SourceType);
    }

    [Fact]
    public void The_think_tank_resolves_to_the_latest_monitor()
    {
        var list = Tag("Analysts at the Institute for the Study of War said the front was stable. According to the think tank, the attacks will continue.");
        var d = BySource(list, "the think tank");
        Assert.Equal("monitor", d.SourceType);
        Assert.Equal("Analysts at the Institute for the Study of War", d.RefersTo);
    }

    [Fact]
    public void A_description_with_its_own_qualifiers_keeps_its_own_type()
    {
        var list = Tag("L'AFP a rapporté des tirs. La télévision d'État syrienne a rapporté des explosions près de Damas.", "fr");
        var d = BySource(list, "La télévision d'État syrienne");
        Assert.Null(d.RefersTo);
        Assert.Equal("state-media", d.SourceType);
    }
}
