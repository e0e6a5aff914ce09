using Parallax.Names;
using Parallax.Tests.Support;
using static Parallax.Tests.Names.NameTestKit;

namespace Parallax.Tests.Names;

/// <summary>Variant clustering across articles, on texts written for the tests.</summary>
public class ClusteringTests
{
    [Fact]
    public void Spelling_variants_across_outlets_are_one_person_with_reasons()
    {
        var tags = Cluster(
            "Libyan leader Muammar Gaddafi spoke in Tripoli. Gaddafi said the war would go on.",
            "Le colonel Mouammar Kadhafi a parlé. Kadhafi a promis la victoire.",
            "Colonel Moammar Qaddafi was seen in Sirte on Friday.");
        var e = EntityOf(tags, "Muammar Gaddafi");
        Assert.Equal(MentionKind.Person, e.Kind);
        Assert.Equal(["Gaddafi", "Kadhafi", "Moammar Qaddafi", "Mouammar Kadhafi", "Muammar Gaddafi"], e.Variants.Select(v => v.Text).Order());
        Assert.Equal("Muammar Gaddafi", e.Canonical);
        Assert.Contains(e.Merges, m => m.Rules.Contains("q/k/g"));
        Assert.Contains(e.Merges, m => m.Rules.Contains("dh/d"));
    }

    [Fact]
    public void Names_across_scripts_join_the_latin_spelling()
    {
        var tags = Cluster(
            "President Volodymyr Zelenskyy met Benjamin Netanyahu. Zelenskyy thanked Netanyahu.",
            "Президент Володимир Зеленський заявив про нові санкції.",
            "В Киеве Зеленский заявил, что Зеленского поддерживают.",
            "قال نتنياهو إن الحرب مستمرة");
        var z = EntityOf(tags, "Volodymyr Zelenskyy");
        Assert.Contains(z.Variants, v => v.Text == "Володимир Зеленський");
        Assert.Contains(z.Variants, v => v.Text == "Зеленский");
        Assert.Contains(z.Variants, v => v.Text == "Зеленского");
        Assert.Contains(z.Merges, m => m.Rules.Contains("Cyrillic transliteration"));
        var n = EntityOf(tags, "Benjamin Netanyahu");
        Assert.Contains(n.Variants, v => v.Text == "نتنياهو");
        Assert.Contains(n.Merges, m => m.Rules.Any(r => r.Contains("Arabic-script skeleton")));
    }

    [Fact]
    public void Different_first_names_keep_people_apart()
    {
        var tags = Cluster(
            "Hezbollah chief Hassan Nasrallah spoke after Prime Minister Hassan Diab resigned.",
            "Parliament speaker Ali Larijani and his brother Sadegh Larijani were both in Tehran. Larijani, the speaker, left early.");
        Assert.NotEqual(EntityOf(tags, "Hassan Nasrallah").Id, EntityOf(tags, "Hassan Diab").Id);
        Assert.NotEqual(EntityOf(tags, "Ali Larijani").Id, EntityOf(tags, "Sadegh Larijani").Id);
        // the lone surname joins the full name it follows
        var lone = tags.Documents[1].Mentions.Single(m => m.Text == "Larijani");
        Assert.Equal(EntityOf(tags, "Sadegh Larijani").Id, lone.Entity);
    }

    [Fact]
    public void A_lone_surname_joins_the_only_full_name_of_the_corpus_and_stays_with_it_in_its_article()
    {
        var tags = Cluster(
            "Defence Minister Yoav Gallant ordered the strike.",
            "Gallant said the operation would widen. Gallant did not say when.");
        var e = EntityOf(tags, "Yoav Gallant");
        Assert.Equal(3, e.Variants.Sum(v => v.Total));
        Assert.Contains(e.Merges, m => m.Rules.Any(r => r.Contains("only full name")));
    }

    [Fact]
    public void An_alias_by_pattern_joins_the_person_it_names()
    {
        var tags = Cluster(
            "The rebel chief Ahmed al-Sharaa, also known as Abu Mohammed al-Julani, entered the city.",
            "Abu Mohammed al-Jolani addressed his fighters.");
        var e = EntityOf(tags, "Ahmed al-Sharaa");
        Assert.Contains(e.Variants, v => v.Text == "Abu Mohammed al-Julani");
        Assert.Contains(e.Variants, v => v.Text == "Abu Mohammed al-Jolani");
        Assert.Contains(e.Merges, m => m.Rules.Any(r => r.StartsWith("alias", StringComparison.Ordinal)));
    }

    [Fact]
    public void Organisations_and_places_join_across_languages()
    {
        var tags = Cluster(
            "NATO allies met in Brussels. The North Atlantic Treaty Organization (NATO) will meet in Vilnius.",
            "Les alliés de l’OTAN se sont réunis à Bruxelles. L’Organisation des Nations unies (ONU) a réagi.",
            "The United Nations called for calm after the Islamic State (IS) attack. Daech a revendiqué l'attaque.");
        Assert.Equal(EntityOf(tags, "NATO").Id, EntityOf(tags, "OTAN").Id);
        Assert.Equal(EntityOf(tags, "Brussels").Id, EntityOf(tags, "Bruxelles").Id);
        Assert.Equal(EntityOf(tags, "ONU").Id, EntityOf(tags, "United Nations").Id);
        Assert.Equal(EntityOf(tags, "Islamic State").Id, EntityOf(tags, "Daech").Id);
        Assert.Contains(EntityOf(tags, "OTAN").Merges, m => m.Rules.Any(r => r.Contains("acronym")));
        Assert.Contains(EntityOf(tags, "Bruxelles").Merges, m => m.Rules.Any(r => r.StartsWith("exonym", StringComparison.Ordinal)));
    }

    [Fact]
    public void Different_kinds_never_merge()
    {
        var tags = Cluster("Jordan Peterson spoke in Jordan. Peterson said Amman was calm.");
        var person = EntityOf(tags, "Jordan Peterson");
        var place = EntityOf(tags, "Jordan");
        Assert.Equal(MentionKind.Person, person.Kind);
        Assert.Equal(MentionKind.Place, place.Kind);
        Assert.NotEqual(person.Id, place.Id);
    }

    [Fact]
    public void Aliases_yaml_pins_and_forbids_merges()
    {
        using var dir = Repo.Temp();
        File.WriteAllText(dir.File("aliases.yaml"), "pin:\n  - [Abu Mohammed al-Julani, Ahmed al-Sharaa]\nforbid:\n  - [Mohammed bin Salman, Salman]\n");
        var data = KitData.For(dir.Path);
        var tags = Cluster(data,
            "Ahmed al-Sharaa entered Damascus. Abu Mohammed al-Julani once led the Nusra Front.",
            "Crown Prince Mohammed bin Salman met King Salman. Salman spoke first.");
        Assert.Equal(EntityOf(tags, "Ahmed al-Sharaa").Id, EntityOf(tags, "Abu Mohammed al-Julani").Id);
        Assert.Contains(EntityOf(tags, "Ahmed al-Sharaa").Merges, m => m.Rules.Contains("pinned in aliases.yaml"));
        Assert.NotEqual(EntityOf(tags, "Mohammed bin Salman").Id, EntityOf(tags, "Salman").Id);
    }

    [Fact]
    public void Every_mention_gets_the_id_of_an_entity_listing_its_spelling()
    {
        var tags = Cluster("Hassan Rouhani met Emmanuel Macron in Paris.", "Rouhani left Paris.");
        var ids = tags.Entities.ToDictionary(e => e.Id);
        foreach (var d in tags.Documents)
            foreach (var m in d.Mentions)
                Assert.Contains(ids[m.Entity!].Variants, v => v.Text == m.Text && v.CountsByArticle.ContainsKey(d.Id));
    }
}
