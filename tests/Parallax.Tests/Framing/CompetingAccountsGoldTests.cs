using Parallax.Framing;
using Xunit.Abstractions;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax.Tests.Framing;

/// <summary>
/// Competing accounts on the seeds. The attribution layer arrives at merge, so the attributions that carry the
/// accounts (as the gold file lists them) are made by hand here from the article texts.
/// </summary>
public class CompetingAccountsGoldTests(ITestOutputHelper output)
{
    private static readonly KitData Data = KitData.For(null);

    // An attribution whose source is the first occurrence of `source` and whose content runs from `from` to the end of `to`.
    private static AttributionRecord Attr(string text, string source, string from, string to, Parallax.Attribution.QuoteKind quote = Parallax.Attribution.QuoteKind.Indirect, int? via = null)
    {
        int s = text.IndexOf(source, StringComparison.Ordinal), c = text.IndexOf(from, StringComparison.Ordinal);
        int e = text.IndexOf(to, c, StringComparison.Ordinal) + to.Length;
        Assert.True(s >= 0 && c >= 0 && e >= c, $"markers not found: {source} / {from} / {to}");
        return new AttributionRecord(source, s, s + source.Length, "test", "test", quote, c, e, via);
    }

    private static IReadOnlyList<AttributionRecord> HandMade(Article a) => a.Id[..3] switch
    {
        "000" => [Attr(a.Text, "Iran’s state media", "A senior officer", "north-west Syria")],
        "001" => [Attr(a.Text, "al-Masdar News", "the IRGC elite commander", "Local Defense Forces (LDF).", Parallax.Attribution.QuoteKind.Mixed)],
        "002" => [Attr(a.Text, "les médias officiels iraniens", "Un officier", "nord-ouest de la Syrie")],
        "003" =>
        [
            Attr(a.Text, "Iranian media", "A senior commander", "the Syrian government"),
            Attr(a.Text, "the IRGC-affiliated Tasnim News", "he was killed by", "terrorists,”", Parallax.Attribution.QuoteKind.Mixed),
        ],
        "004" =>
        [
            Attr(a.Text, "Iranian state media", "Kiumars Pourhashemi’s death", "armed opposition forces"),
            Attr(a.Text, "the Chinese state-run CGTN's correspondent in Ankara", "that Pourhashemi died", "operations room in Aleppo"),
            Attr(a.Text, "an Iranian security official", "that Pourhashemi died", "operations room in Aleppo", via: 1),
            Attr(a.Text, "Iranian media had reported", "that Pourhashemi, also", "opposition forces in Aleppo"),
            Attr(a.Text, "He added", "during the meeting", "opened fire,\"", Parallax.Attribution.QuoteKind.Mixed),
            Attr(a.Text, "an Islamic Republic security official", "that the shooter", "support for Assad"),
        ],
        _ => [],
    };

    private IReadOnlyList<AccountGroup> Groups()
    {
        var tagger = EventTermTagger.For(Data);
        var docs = SeedDocuments.All.Select(a => tagger.Tag(new Document(a) with { Attributions = HandMade(a) })).ToList();
        var groups = CompetingAccounts.For(Data).Of(docs);
        foreach (var g in groups)
        {
            output.WriteLine($"[{g.Event}] {g.Description}");
            foreach (var a in g.Accounts)
                output.WriteLine($"    {a.Article[..3]} {a.Published ?? "-",-16} {a.Manner,-9} {a.Agent} [{a.AgentSide}] via {a.Source ?? "(outlet)"}");
        }
        return groups;
    }

    [Fact]
    public void Bashpour_accounts_fighting_the_TIP_and_a_missile_strike_in_three_articles()
    {
        var groups = Groups().Where(g => g.Event == "bashpour-2020").ToList();
        var tip = Assert.Single(groups, g => g.Key == "named:Turkestan Islamic Party");
        Assert.Equal(["000", "001", "002"], tip.Articles.Select(a => a[..3]).Order());
        Assert.Contains(tip.Accounts, a => a.Article.StartsWith("001") && a.Source == "al-Masdar News");
        var strike = Assert.Single(groups, g => g.Key == "opposition:strike");
        Assert.Equal(["000", "001", "002"], strike.Articles.Select(a => a[..3]).Order());
        // Soleimani's death (by the US) is another death, not an account of this one.
        Assert.DoesNotContain(groups.SelectMany(g => g.Accounts), a => a.Agent.Contains("US") || a.Agent.Contains("États-Unis"));
    }

    [Fact]
    public void Pourhashemi_accounts_opposition_via_Tasnim_and_a_Syrian_officer_via_CGTN()
    {
        var groups = Groups().Where(g => g.Event == "pourhashemi-2024").ToList();
        var opposition = Assert.Single(groups, g => g.Key == "side:opposition");
        Assert.Contains(opposition.Accounts, a => a.Agent == "“Takfiri terrorists" || a.Agent.Contains("Takfiri terrorists"));
        Assert.Contains(opposition.Sources, s => s.Contains("Tasnim"));
        Assert.Contains(opposition.Sources, s => s.StartsWith("Iranian"));
        Assert.Contains("003", opposition.Articles.Select(a => a[..3]));
        Assert.Contains("004", opposition.Articles.Select(a => a[..3]));
        var government = Assert.Single(groups, g => g.Key == "side:government");
        Assert.Contains(government.Accounts, a => a.Agent.Contains("Syrian officer"));
        Assert.Contains(government.Sources, s => s.Contains("CGTN"));
        Assert.Equal(2, groups.Count);
        // time order: the November account comes before the December one
        Assert.True(string.CompareOrdinal(opposition.Accounts[0].Published, government.Accounts[0].Published) < 0);
    }
}
