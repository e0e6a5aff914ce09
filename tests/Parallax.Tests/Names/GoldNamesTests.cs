using System.Text.Json;
using Parallax.Names;
using Parallax.Pipeline;
using Parallax.Tests.Support;

namespace Parallax.Tests.Names;

/// <summary>Names on the sample corpus against the hand annotation (../shared/gold/seeds.gold.json).</summary>
public class GoldNamesTests
{
    private static readonly Lazy<CorpusTags> Tags = new(() => TaggingPipeline.Default(Repo.Seeds).Run(Corpus.Load(Repo.Seeds)));

    private static IEnumerable<Mention> PersonMentions(string id) => Tags.Value[id].Mentions.Where(m => m.Kind == MentionKind.Person);

    private static HashSet<string> GoldPersons(JsonElement article) =>
        article.GetProperty("persons").EnumerateArray().Select(p => Gold.Plain(p.GetProperty("surface").GetString()!)).ToHashSet();

    [Fact]
    public void Every_gold_person_surface_is_found()
    {
        var missing = new List<string>();
        foreach (var a in Gold.Articles)
        {
            var found = PersonMentions(Gold.Id(a)).Select(m => Gold.Plain(m.Text)).ToHashSet();
            missing.AddRange(GoldPersons(a).Where(s => !found.Contains(s)).Select(s => $"{Gold.Id(a)}: {s}"));
        }
        Assert.Empty(missing);
    }

    [Fact]
    public void At_least_95_percent_of_person_mentions_are_real_people()
    {
        int all = 0, real = 0;
        var wrong = new List<string>();
        foreach (var a in Gold.Articles)
        {
            var gold = GoldPersons(a);
            foreach (var m in PersonMentions(Gold.Id(a)))
            {
                all++;
                if (gold.Contains(Gold.Plain(m.Text))) real++; else wrong.Add(m.Text);
            }
        }
        Assert.True(all > 0);
        Assert.True(real >= 0.95 * all, $"{real}/{all} real; not people: {string.Join(", ", wrong)}");
    }

    [Fact]
    public void Gold_name_variant_groups_come_out_exactly()
    {
        var groups = Gold.Root.GetProperty("cross_article").GetProperty("name_variant_groups");
        var seen = new HashSet<string>();
        foreach (var g in groups.EnumerateObject())
        {
            var spellings = g.Value.EnumerateArray().Select(x => x.GetString()!).ToHashSet();
            var entities = Tags.Value.Entities.Where(e => e.Kind == MentionKind.Person && e.Variants.Any(v => spellings.Contains(v.Text))).ToList();
            Assert.True(entities.Count == 1, $"{g.Name} is split over {entities.Count} entities: {string.Join(" | ", entities.Select(e => string.Join(", ", e.Variants.Select(v => v.Text))))}");
            Assert.Equal(spellings.Order(), entities[0].Variants.Select(v => v.Text).Order());
            Assert.True(seen.Add(entities[0].Id), $"{g.Name} shares an entity with another gold group");
        }
    }

    [Fact]
    public void No_two_gold_people_share_an_entity()
    {
        var entityOf = new Dictionary<string, string>();
        foreach (var a in Gold.Articles)
            foreach (var p in a.GetProperty("persons").EnumerateArray())
            {
                var surface = Gold.Plain(p.GetProperty("surface").GetString()!);
                var goldId = p.GetProperty("entity").GetString()!;
                foreach (var m in PersonMentions(Gold.Id(a)).Where(m => Gold.Plain(m.Text) == surface))
                {
                    if (entityOf.TryGetValue(m.Entity!, out var other)) Assert.True(other == goldId, $"{m.Entity} holds {other} and {goldId}");
                    else entityOf[m.Entity!] = goldId;
                }
            }
        Assert.True(entityOf.Count >= 8);
    }

    [Theory]
    [InlineData("organisation_variants", "irgc")]
    [InlineData("organisation_variants", "tasnim")]
    [InlineData("organisation_variants", "hts")]
    [InlineData("organisation_variants", "tip")]
    [InlineData("place_variants", "aleppo")]
    [InlineData("place_variants", "damascus")]
    [InlineData("place_variants", "tehran")]
    [InlineData("place_variants", "maarat-al-numan")]
    public void Cross_article_variants_are_linked(string section, string group)
    {
        var spellings = Gold.Root.GetProperty("cross_article").GetProperty(section).GetProperty(group).EnumerateArray().Select(x => Gold.Plain(x.GetString()!)).ToList();
        var kinds = section == "place_variants" ? new[] { MentionKind.Place } : [MentionKind.Organisation, MentionKind.Outlet];
        var entities = new HashSet<string>();
        int occurrences = 0;
        foreach (var doc in Tags.Value.Documents)
        {
            var plain = Gold.Plain(doc.Text);
            foreach (var s in spellings)
                for (int i = plain.IndexOf(s, StringComparison.Ordinal); i >= 0; i = plain.IndexOf(s, i + 1, StringComparison.Ordinal))
                {
                    // whole words only ("TIP" must not be found inside another word)
                    if (i > 0 && char.IsLetter(plain[i - 1]) || i + s.Length < plain.Length && char.IsLetter(plain[i + s.Length])) continue;
                    // part of a longer name of another kind ("Tehran Radio" is an outlet)
                    if (doc.Mentions.Any(m => m.Start <= i && i + s.Length <= m.End && m.End - m.Start > s.Length && !kinds.Contains(m.Kind))) continue;
                    occurrences++;
                    var m = doc.Mentions.FirstOrDefault(m => m.Start < i + s.Length && i < m.End && kinds.Contains(m.Kind));
                    Assert.True(m is not null, $"'{s}' at {doc.Id}:{i} has no {string.Join("/", kinds)} mention");
                    entities.Add(m!.Entity!);
                }
        }
        Assert.True(occurrences >= spellings.Count);
        Assert.Single(entities);
    }

    [Fact]
    public void Every_mention_text_is_the_article_text_at_its_offsets()
    {
        foreach (var d in Tags.Value.Documents)
            foreach (var m in d.Mentions)
            {
                Assert.Equal(d.Text[m.Start..m.End], m.Text);
                Assert.False(char.IsLowSurrogate(d.Text[m.Start]));
                Assert.NotNull(m.Entity);
            }
    }

    [Fact]
    public void Merges_of_the_sample_say_why()
    {
        var reasons = Tags.Value.Entities.SelectMany(e => e.Merges).ToList();
        Assert.Contains(reasons, r => r.Rules.Contains("p/b"));
        Assert.Contains(reasons, r => r.Rules.Contains("ie/ei transposition"));
        Assert.Contains(reasons, r => r.Rules.Contains("ou/oo/u"));
        Assert.Contains(reasons, r => r.Rules.Any(x => x.StartsWith("exonym Aleppo↔Alep", StringComparison.Ordinal)));
        Assert.Contains(reasons, r => r.Rules.Any(x => x.StartsWith("acronym CGRI", StringComparison.Ordinal)));
        Assert.Contains(reasons, r => r.Rules.Any(x => x.StartsWith("alias", StringComparison.Ordinal)));
    }

    [Fact]
    public void Titles_are_kept_apart_from_the_name()
    {
        var m = Tags.Value["003_398995f46da76647"].Mentions.First(m => m.Kind == MentionKind.Person);
        Assert.Equal("Brigadier General", m.Title);
        Assert.DoesNotContain("General", m.Text);
        var kh = Tags.Value["004_1dc118ad674d9da5"].Mentions.First(m => m.Text == "Ali Khamenei");
        Assert.Equal("Supreme Leader", kh.Title);
    }
}
