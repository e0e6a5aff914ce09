using Parallax.Names;
using static Parallax.Tests.Names.NameTestKit;

namespace Parallax.Tests.Names;

/// <summary>Mention extraction on sentences written for the tests (none from the sample).</summary>
public class ExtractionTests
{
    [Fact]
    public void Titles_and_ranks_stay_out_of_the_name()
    {
        var ms = Mentions("The strike was ordered by Major General Mohammad Bagheri and approved by Foreign Minister Hossein Amir-Abdollahian on Monday.");
        var bagheri = Assert.Single(ms, m => m.Text == "Mohammad Bagheri");
        Assert.Equal("Major General", bagheri.Title);
        Assert.Equal("Foreign Minister", Assert.Single(ms, m => m.Text == "Hossein Amir-Abdollahian").Title);
        var fr = Mentions("Selon le général Esmail Qaani, la riposte viendra.");
        Assert.Equal("général", Assert.Single(fr, m => m.Text == "Esmail Qaani").Title);
        var abbr = Mentions("A photo shows Col. Mahmoud Hassan with his men.");
        Assert.Equal("Col.", Assert.Single(abbr, m => m.Text == "Mahmoud Hassan").Title);
    }

    [Fact]
    public void French_elision_and_possessives_are_not_part_of_the_name()
    {
        var ms = Mentions("La mort d’Imad Moughniyeh a été confirmée par l’Iran. Moughniyeh’s killing shook Hezbollah's leadership.");
        Assert.Contains(ms, m => m.Text == "Imad Moughniyeh" && m.Kind == MentionKind.Person);
        Assert.Contains(ms, m => m.Text == "Iran" && m.Kind == MentionKind.Place);
        Assert.Contains(ms, m => m.Text == "Moughniyeh" && m.Kind == MentionKind.Person);
        Assert.Contains(ms, m => m.Text == "Hezbollah" && m.Kind == MentionKind.Organisation);
    }

    [Fact]
    public void Sentence_initial_words_are_not_names()
    {
        var ms = Persons("Crucially, Hassan Nasrallah spoke first. Reportedly the talks failed, and Nasrallah left.").ToList();
        Assert.Equal(["Hassan Nasrallah", "Nasrallah"], ms);
    }

    [Fact]
    public void A_title_case_headline_yields_no_bogus_person()
    {
        var text = "Top Commander Of Hezbollah's Radwan Unit Killed Near Beirut\n\nThe group said Wissam Tawil was killed near Beirut on Monday.";
        var persons = Persons(text).ToList();
        Assert.Equal(["Wissam Tawil"], persons);
    }

    [Fact]
    public void An_all_caps_line_gives_only_names_known_from_the_article()
    {
        var text = "NASRALLAH VOWS REVENGE AFTER STRIKE IN BEIRUT\n\nHezbollah leader Hassan Nasrallah vowed revenge.";
        var ms = Mentions(text);
        Assert.Contains(ms, m => m.Text == "NASRALLAH" && m.Kind == MentionKind.Person);
        Assert.Contains(ms, m => m.Text == "BEIRUT" && m.Kind == MentionKind.Place);
        Assert.DoesNotContain(ms, m => m.Text is "VOWS" or "REVENGE" or "STRIKE");
    }

    [Fact]
    public void A_name_broken_by_a_hard_line_wrap_is_one_mention()
    {
        var ms = Persons("The envoy met Amos\nHochstein in the capital on Tuesday.");
        var m = Assert.Single(ms);
        Assert.Equal("Amos\nHochstein", m);
    }

    [Fact]
    public void Acronym_and_expansion_are_organisations()
    {
        var ms = Mentions("Troops of the United Nations Interim Force in Lebanon (UNIFIL) were hit. UNIFIL said nobody was hurt.");
        Assert.Equal(3, ms.Count(m => m.Kind == MentionKind.Organisation));
        Assert.Contains(ms, m => m.Text == "UNIFIL");
    }

    [Fact]
    public void Aliases_by_pattern_are_people_and_honorifics_are_not_first_names()
    {
        var ms = Mentions("The commander Ibrahim Aqil, also known as Haj Abdelkader, was killed.").Where(m => m.Kind == MentionKind.Person).ToList();
        Assert.Equal(["Ibrahim Aqil", "Haj Abdelkader"], ms.Select(m => m.Text));
        var sheikh = Persons("Sheikh Naim Qassem spoke on television.").Single();
        Assert.Equal("Sheikh Naim Qassem", sheikh);
    }

    [Fact]
    public void Places_organisations_and_outlets_come_from_data()
    {
        var ms = Mentions("Reuters reported clashes near Alep and in Damas, while the Syrian Democratic Forces (SDF) said the Free Syrian Army attacked Khan Sheikhoun.");
        Assert.Equal(MentionKind.Outlet, ms.Single(m => m.Text == "Reuters").Kind);
        Assert.Equal(MentionKind.Place, ms.Single(m => m.Text == "Alep").Kind);
        Assert.Equal(MentionKind.Place, ms.Single(m => m.Text == "Damas").Kind);
        Assert.Equal(MentionKind.Place, ms.Single(m => m.Text == "Khan Sheikhoun").Kind);
        Assert.Equal(MentionKind.Organisation, ms.Single(m => m.Text == "Syrian Democratic Forces").Kind);
        Assert.Equal(MentionKind.Organisation, ms.Single(m => m.Text == "Free Syrian Army").Kind);
        Assert.DoesNotContain(ms, m => m.Kind == MentionKind.Person);
    }

    [Fact]
    public void Byline_names_are_people_and_boilerplate_is_skipped()
    {
        Assert.Equal(["Jane Corbin"], Persons("Author: Jane Corbin"));
        Assert.Empty(Persons("Inline Feedbacks\n\nView all comments"));
        var article = Article("Leave a Reply\n\nHassan Nasrallah spoke.", role: ParagraphRole.Boilerplate);
        Assert.Empty(new MentionTagger(Data).Tag(new Document(article)).Mentions);
    }

    [Fact]
    public void Arabic_and_persian_script_yield_name_mentions()
    {
        var ar = Mentions("قال رئيس الوزراء بنيامين نتنياهو إن الحرب مستمرة في غزة");
        Assert.Contains(ar, m => m.Kind == MentionKind.Person && m.Text.Contains("نتنياهو"));
        Assert.Contains(ar, m => m.Kind == MentionKind.Place && m.Text == "غزة");
        var fa = Mentions("سردار اسماعیل قاآنی فرمانده نیروی قدس گفت");
        Assert.Contains(fa, m => m.Kind == MentionKind.Person && m.Text.StartsWith("اسماعیل", StringComparison.Ordinal));
    }

    [Fact]
    public void Cyrillic_text_yields_name_mentions()
    {
        var ms = Mentions("Президент Владимир Зеленский встретился в Киеве с Эммануэлем Макроном.");
        Assert.Contains(ms, m => m.Kind == MentionKind.Person && m.Text == "Владимир Зеленский" && m.Title == "Президент");
        Assert.Contains(ms, m => m.Kind == MentionKind.Place && m.Text == "Киеве" || m.Text == "Киев");
    }

    [Fact]
    public void Offsets_index_the_article_text()
    {
        var text = "Mr. Ahmad Shah Massoud’s son, Ahmad Massoud, met 👍 Abdul Rashid Dostum in Mazar-i-Sharif.";
        var article = Article(text);
        foreach (var m in new MentionTagger(Data).Tag(new Document(article)).Mentions)
            Assert.Equal(article.Text[m.Start..m.End], m.Text);
    }
}

/// <summary>Odd input never breaks the names layer.</summary>
public class OddInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("‏‎ ́ ̈ '' ’s - -- — ( ) (IS) (X)")]
    [InlineData("👍🏽 Ahmad 👍 Massoud 𝐀𝐁𝐂 Δημήτρης Παπαδόπουλος 習近平 אבי כהן")]
    [InlineData("AL- al- -al Al-Al- bin bin Abu Abu Haji Haj Sheikh")]
    [InlineData("THE UNITED NATIONS (UN) SAID. The United Nations (UN). UN")]
    [InlineData("و ب ل ال الله عبد السيد الرئيس")]
    public void Odd_text_gives_valid_mentions(string text)
    {
        var tags = NameTestKit.Cluster(text, text);
        foreach (var d in tags.Documents)
            foreach (var m in d.Mentions)
            {
                Assert.Equal(d.Text[m.Start..m.End], m.Text);
                Assert.True(m.End > m.Start);
                Assert.False(char.IsLowSurrogate(d.Text[m.Start]));
                Assert.False(m.End < d.Text.Length && char.IsLowSurrogate(d.Text[m.End]));
            }
    }
}

public class OutletAliasDigitsTests
{
    [Fact]
    public void A_country_is_not_taken_for_an_outlet_whose_name_adds_a_number()
    {
        var doc = Parallax.Pipeline.TaggingPipeline.Default().Tag(new Article("t", "t.txt",
            "Russia said the talks had failed. France 24 reported the envoy had left.", "en", 1, new ArticleMetadata(),
            [new Paragraph(0, 72, ParagraphRole.Body)]));
        Assert.Contains(doc.Mentions, m => m.Text == "Russia" && m.Kind == Parallax.Names.MentionKind.Place);
        Assert.Contains(doc.Mentions, m => m.Text == "France 24" && m.Kind == Parallax.Names.MentionKind.Outlet);
    }
}
