using Parallax.Framing;
using Parallax.Tests.Support;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax.Tests.Framing;

public class ActorLabelTaggerTests
{
    private static readonly ActorLabelTagger Tagger = ActorLabelTagger.For(KitData.For(null));

    internal static Document Doc(string text, string? lang = "en") =>
        new(new Article("t", "t.txt", text, lang, 1, new ArticleMetadata(),
            ParagraphSplitter.Split(text).Select(s => new Paragraph(s.Start, s.End, ParagraphRole.Body)).ToList()));

    private static ActorLabel Label(Document d, string text) => Assert.Single(d.Labels, l => l.Text == text);

    [Fact]
    public void Heads_grow_over_modifiers_and_get_sides_from_context()
    {
        var d = Tagger.Tag(Doc("President Omar Tessel visited Libya's south. Troops loyal to President Tessel clashed with Qatar-backed insurgents, " +
            "while militias opposed to the Libyan government shelled Tessel's forces near Sirte. The Libyan army said the attack failed."));
        Assert.Equal(Sides.Government, Label(d, "Troops loyal to President Tessel").Actor);
        var insurgents = Label(d, "Qatar-backed insurgents");
        Assert.Equal(Sides.Opposition, insurgents.Actor);
        Assert.Contains("foreign-backing", insurgents.Categories);
        Assert.Equal(Sides.Opposition, Label(d, "militias opposed to the Libyan government").Actor);
        Assert.Equal(Sides.Government, Label(d, "the Libyan government").Actor);
        Assert.Equal(Sides.Government, Label(d, "Tessel's forces").Actor);
        Assert.Equal(Sides.Government, Label(d, "The Libyan army").Actor);
    }

    [Fact]
    public void Foreign_forces_are_foreign_backers_and_a_capital_stands_for_its_government()
    {
        var d = Tagger.Tag(Doc("Fighting raged in Libya. Egyptian troops crossed into Libya, and Tripoli has rejected the deal, said the Libyan government."));
        Assert.Equal(Sides.ForeignBacker, Label(d, "Egyptian troops").Actor);
        Assert.Equal(Sides.Government, Label(d, "Tripoli").Actor);
    }

    [Fact]
    public void Possessed_opposition_is_against_the_ruler()
    {
        var d = Tagger.Tag(Doc("The embattled leader Nadia Varga held the capital. Varga's armed opponents and Varga's opposition fighters advanced."));
        Assert.Equal(Sides.Opposition, Label(d, "Varga's armed opponents").Actor);
        Assert.Equal(Sides.Opposition, Label(d, "Varga's opposition fighters").Actor);
    }

    [Fact]
    public void French_complements_join_the_label()
    {
        var d = Tagger.Tag(Doc("Les forces du régime libyen ont repris la ville aux rebelles soutenus par la Turquie, dernier bastion de l'opposition.", "fr"));
        Assert.Equal(Sides.Government, Label(d, "Les forces du régime libyen").Actor);
        Assert.Equal(Sides.Opposition, Label(d, "rebelles soutenus par la Turquie").Actor);
        Assert.Equal(Sides.Opposition, Label(d, "dernier bastion de l'opposition").Actor);
    }

    [Fact]
    public void A_quoted_label_is_the_sources_wording()
    {
        const string text = "The minister said the city was attacked by \"foreign-backed terrorists\" overnight. Rebels denied it.";
        var plain = Tagger.Tag(Doc(text));
        var quoted = Label(plain, "foreign-backed terrorists");
        Assert.True(quoted.InQuotation);
        Assert.Null(quoted.QuotedFrom);
        Assert.False(Label(plain, "Rebels").InQuotation);

        int content = text.IndexOf("the city", StringComparison.Ordinal), contentEnd = text.IndexOf(" overnight", StringComparison.Ordinal);
        var attribution = new AttributionRecord("The minister", 0, 12, "official", "said", Parallax.Attribution.QuoteKind.Mixed, content, contentEnd);
        var withSource = Tagger.Tag(Doc(text) with { Attributions = [attribution] });
        Assert.Equal(0, Label(withSource, "foreign-backed terrorists").QuotedFrom);
        Assert.Null(Label(withSource, "Rebels").QuotedFrom);
    }

    [Fact]
    public void Takfiri_terrorists_in_003_are_Tasnims_wording()
    {
        var article = SeedDocuments.Get("003");
        var text = article.Text;
        int s = text.IndexOf("the IRGC-affiliated Tasnim News", StringComparison.Ordinal);
        int c = text.IndexOf("he was killed by", StringComparison.Ordinal);
        int ce = text.IndexOf(" a term widely used", StringComparison.Ordinal);
        var tasnim = new AttributionRecord("the IRGC-affiliated Tasnim News", s, s + 31, "state-media", "reported, adding that", Parallax.Attribution.QuoteKind.Mixed, c, ce);
        var doc = Tagger.Tag(new Document(article) with { Attributions = [tasnim] });
        var label = Label(doc, "Takfiri terrorists");
        Assert.Equal(0, label.QuotedFrom);
        Assert.True(label.InQuotation);
        Assert.Equal(Sides.Opposition, label.Actor);
    }

    [Fact]
    public void A_corpus_lexicon_extends_or_replaces_the_kits()
    {
        using var dir = Repo.Temp();
        File.WriteAllText(dir.File("lexicon.yaml"), "name: bandit study\nheads:\n  - { forms: [bandits], side: opposition, categories: [criminality] }\n");
        var extended = ActorLabelTagger.For(KitData.For(dir.Path));
        var d = extended.Tag(Doc("Bandits and rebels raided the village."));
        Assert.Contains("criminality", Label(d, "Bandits").Categories);
        Assert.Equal(Sides.Opposition, Label(d, "rebels").Actor);
        Assert.Contains("extended by", extended.Lexicon.Description);

        using var dir2 = Repo.Temp();
        File.WriteAllText(dir2.File("lexicon.yaml"), "name: bandit study\nreplace: true\nheads:\n  - { forms: [bandits], side: opposition, categories: [criminality] }\n");
        var replaced = ActorLabelTagger.For(KitData.For(dir2.Path));
        var d2 = replaced.Tag(Doc("Bandits and rebels raided the village."));
        Assert.Equal(["Bandits"], d2.Labels.Select(l => l.Text));
        Assert.Contains("replaced by", replaced.Lexicon.Description);
    }

    [Fact]
    public void A_malformed_corpus_lexicon_names_the_file()
    {
        using var dir = Repo.Temp();
        File.WriteAllText(dir.File("lexicon.yaml"), "heads:\n  - { forms: [bandits], colour: red }\n");
        var e = Assert.Throws<CorpusException>(() => ActorLabelTagger.For(KitData.For(dir.Path)));
        Assert.Contains("lexicon.yaml", e.Message);
    }
}
