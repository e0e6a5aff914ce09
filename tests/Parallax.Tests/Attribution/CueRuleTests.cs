using Parallax.Attribution;
using static Parallax.Tests.Attribution.AttributionKit;

namespace Parallax.Tests.Attribution;

/// <summary>Every cue and word order on sentences written for the tests (not from the sample), English and French.</summary>
public class CueRuleTests
{
    [Theory]
    // X said C / C, X said / C, said X
    [InlineData("en", "The minister said the talks would resume next week.", "The minister", "said", "official")]
    [InlineData("en", "The talks will resume next week, the minister said on Tuesday.", "the minister", "said", "official")]
    [InlineData("en", "The talks will resume next week, said the deputy governor.", "the deputy governor", "said", "official")]
    [InlineData("en", "Witnesses told reporters the gunmen fled on motorcycles.", "Witnesses", "told", "anonymous")]
    [InlineData("en", "Analysts say the sanctions are unlikely to change course.", "Analysts", "say", "anonymous")]
    [InlineData("en", "A senior European diplomat said the talks had stalled.", "A senior European diplomat", "said", "anonymous")]
    [InlineData("en", "The Kremlin denied that its troops had crossed the river.", "The Kremlin", "denied", "government-body")]
    [InlineData("en", "The Washington Post reported that the plan had been shelved.", "The Washington Post", "reported", "newspaper")]
    [InlineData("en", "Al Jazeera reported heavy fighting near the airport.", "Al Jazeera", "reported", "broadcaster")]
    [InlineData("en", "Xinhua has claimed the vessel entered territorial waters.", "Xinhua", "has claimed", "state-media")]
    [InlineData("en", "Iranian state television announced the arrests late on Friday.", "Iranian state television", "announced", "state-media")]
    [InlineData("en", "The navy confirmed the loss of a patrol boat.", "The navy", "confirmed", "military")]
    [InlineData("en", "Israel's army stated that the launches came from the north.", "Israel's army", "stated", "military")]
    [InlineData("en", "The health ministry noted that supplies were running low.", "The health ministry", "noted", "government-body")]
    [InlineData("en", "The governor emphasized that schools would reopen.", "The governor", "emphasized", "official")]
    [InlineData("en", "The prime minister warned that the ceasefire could collapse.", "The prime minister", "warned", "official")]
    [InlineData("en", "The rebel commander vowed to retake the valley.", "The rebel commander", "vowed", "official")]
    [InlineData("en", "The company revealed that the servers were breached in May.", "The company", "revealed", "other")]
    [InlineData("en", "The coach insisted that the team was not tired.", "The coach", "insisted", "other")]
    [InlineData("en", "The mayor acknowledged that the response had been slow.", "The mayor", "acknowledged", "official")]
    [InlineData("en", "The local council alleged that the contractor had cut corners.", "The local council", "alleged", "government-body")]
    [InlineData("en", "Prosecutors attributed the fire to faulty wiring.", "Prosecutors", "attributed", "other")]
    [InlineData("en", "The ambassador added that talks would continue.", "The ambassador", "added", "official")]
    [InlineData("en", "Egypt has long claimed that the dam threatens its water supply.", "Egypt", "has long claimed", "government-body")]
    [InlineData("en", "Reuters correspondent Anna Berg reported that the market was closed.", "Reuters correspondent Anna Berg", "reported", "journalist")]
    [InlineData("en", "Regional sources say the convoy never arrived.", "Regional sources", "say", "anonymous")]
    // according to / by estimates / passives
    [InlineData("en", "Prices rose sharply in March, according to the finance ministry.", "the finance ministry", "according to", "government-body")]
    [InlineData("en", "According to Reuters, the convoy was hit near the border.", "Reuters", "According to", "wire")]
    [InlineData("en", "According to a statement by the Syrian Observatory for Human Rights, nine people died.", "the Syrian Observatory for Human Rights", "According to", "monitor")]
    [InlineData("en", "By some estimates, the war has displaced a million people.", "some estimates", "By some estimates", "unattributed")]
    [InlineData("en", "The strike was confirmed by the Pentagon on Monday.", "the Pentagon", "was confirmed by", "military")]
    [InlineData("en", "The bridge collapsed overnight, it has been reported by local media.", "local media", "it has been reported by", "other")]
    [InlineData("en", "The casualty figures reported by the Gaza health ministry could not be verified.", "the Gaza health ministry", "reported by", "government-body")]
    // as-verbs
    [InlineData("en", "An army spokesman described the attack as \"cowardly.\"", "An army spokesman", "described ... as", "official")]
    [InlineData("en", "The opposition views the vote as a sham.", "The opposition", "views ... as", "other")]
    [InlineData("en", "Troops shelled what Moscow describes as militant positions.", "Moscow", "describes as", "government-body")]
    // French
    [InlineData("fr", "Selon l'agence Reuters, trois civils ont été tués.", "l'agence Reuters", "Selon", "wire")]
    [InlineData("fr", "Trois civils ont été tués, selon l'Observatoire syrien des droits de l'homme.", "l'Observatoire syrien des droits de l'homme", "selon", "monitor")]
    [InlineData("fr", "D'après des sources sécuritaires, l'attaque a fait dix morts.", "des sources sécuritaires", "D'après", "anonymous")]
    [InlineData("fr", "Le ministère de la Défense a affirmé que la frappe visait un dépôt.", "Le ministère de la Défense", "a affirmé", "government-body")]
    [InlineData("fr", "L'armée israélienne a annoncé jeudi avoir frappé des cibles.", "L'armée israélienne", "a annoncé", "military")]
    [InlineData("fr", "Le porte-parole a indiqué que les négociations continuaient.", "Le porte-parole", "a indiqué", "official")]
    [InlineData("fr", "Des témoins ont raconté que les tirs avaient duré toute la nuit.", "Des témoins", "ont raconté", "anonymous")]
    [InlineData("fr", "L'agence officielle Irna a rapporté que deux gardes avaient été blessés.", "L'agence officielle Irna", "a rapporté", "state-media")]
    [InlineData("fr", "Les médias iraniens ont rapporté la mort du général.", "Les médias iraniens", "ont rapporté", "state-media")]
    [InlineData("fr", "Le président a ajouté que la France resterait ferme.", "Le président", "a ajouté", "official")]
    [InlineData("fr", "La frappe a fait six morts, a confirmé le ministre.", "le ministre", "a confirmé", "official")]
    [InlineData("fr", "Le Premier ministre a souligné que rien n'était décidé.", "Le Premier ministre", "a souligné", "official")]
    [InlineData("fr", "De source militaire, on précise que la base a été touchée.", "source militaire", "De source", "anonymous")]
    [InlineData("fr", "Le Kremlin a démenti toute implication.", "Le Kremlin", "a démenti", "government-body")]
    public void Finds_the_source_cue_and_type(string language, string text, string source, string cue, string type)
    {
        var list = Tag(text, language);
        var a = Assert.Single(list, a => a.Source == source);
        Assert.Contains(cue, a.Cue, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(type, a.SourceType);
    }

    [Fact]
    public void Said_then_that_clause_gives_the_clause_as_content()
    {
        const string text = "The minister said that the talks would resume next week.";
        var a = Assert.Single(Tag(text));
        Assert.Equal("the talks would resume next week", Content(text, a));
        Assert.Equal(QuoteKind.Indirect, a.Quote);
    }

    [Fact]
    public void Content_before_the_source_is_taken_when_the_cue_ends_the_sentence()
    {
        const string text = "Three soldiers were wounded in the blast, the army said on Sunday.";
        var a = Assert.Single(Tag(text));
        Assert.Equal("Three soldiers were wounded in the blast", Content(text, a));
    }

    [Fact]
    public void An_appositive_between_source_and_cue_is_skipped_and_types_the_person()
    {
        const string text = "Maria Lopez, a reporter for a regional daily, said the road was blocked.";
        var a = Assert.Single(Tag(text));
        Assert.Equal("Maria Lopez", a.Source);
        Assert.Equal("journalist", a.SourceType);
        Assert.Equal("the road was blocked", Content(text, a));
    }

    [Fact]
    public void Reported_adding_that_is_one_attribution_covering_both_clauses()
    {
        const string text = "The bridge was destroyed, the agency reported, adding that two drivers were missing.";
        var a = Assert.Single(Tag(text));
        Assert.Equal("reported, adding that", a.Cue);
        Assert.EndsWith("two drivers were missing", Content(text, a));
    }

    [Fact]
    public void French_inverted_clitic_is_the_source()
    {
        const string text = "« La situation est grave », a-t-il ajouté.";
        var a = Assert.Single(Tag(text, "fr"));
        Assert.Equal("il", a.Source);
        Assert.Equal(QuoteKind.Direct, a.Quote);
    }

    [Fact]
    public void Language_is_guessed_when_the_article_has_none()
    {
        var a = Assert.Single(Tag("Deux soldats ont été blessés, selon les autorités locales.", language: null));
        Assert.Equal("les autorités locales", a.Source);
        Assert.Equal("government-body", a.SourceType);
    }
}
