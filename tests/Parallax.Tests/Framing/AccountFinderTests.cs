using Parallax.Framing;

namespace Parallax.Tests.Framing;

public class AccountFinderTests
{
    private static readonly KitData Data = KitData.For(null);

    private static IReadOnlyList<AccountGroup> Accounts(params (string Id, string Date, string Text)[] articles)
    {
        var events = EventTermTagger.For(Data);
        var docs = articles.Select(a => events.Tag(new Document(new Article(a.Id, a.Id + ".txt", a.Text, "en", 1,
            new ArticleMetadata { Event = "mayor-2023", Published = a.Date }, [new Paragraph(0, a.Text.Length, ParagraphRole.Body)])))).ToList();
        return CompetingAccounts.For(Data).Of(docs);
    }

    [Fact]
    public void Accounts_are_grouped_by_equivalent_agents_in_time_order()
    {
        var groups = Accounts(
            ("b", "2023-05-09", "The Libyan army said the mayor Ramon Dessel was killed by a Libyan officer at a checkpoint."),
            ("a", "2023-05-02", "Ramon Dessel was killed during an attack by rebels near the port, officials said. Dessel's deputy survived."),
            ("c", "2023-05-03", "Dessel died fighting the insurgents, or possibly in an air strike by opposition drones on the port."));
        var rebels = Assert.Single(groups, g => g.Key == "side:opposition");
        Assert.Equal(["a", "c"], rebels.Accounts.Select(a => a.Article));
        Assert.Single(groups, g => g.Key == "opposition:strike");
        var officer = Assert.Single(groups, g => g.Key == "side:government");
        Assert.Equal("a Libyan officer", officer.Accounts[0].Agent);
        Assert.Equal("a", groups[0].Accounts[0].Article);
    }

    [Fact]
    public void Another_persons_death_and_reporting_by_are_not_accounts()
    {
        var groups = Accounts(
            ("a", "2023-05-02", "Ramon Dessel was killed near the port, it was reported by state television. Dessel had worked with Ivo Marek, who was assassinated by gunmen in 2019. Dessel's death was confirmed."),
            ("b", "2023-05-03", "Dessel was shot dead by a sniper. Dessel had led the council since 2015."));
        var all = groups.SelectMany(g => g.Accounts).ToList();
        var only = Assert.Single(all);
        Assert.Equal("a sniper", only.Agent);
    }
}
