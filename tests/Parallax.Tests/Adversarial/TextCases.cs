using System.Text;
using Parallax.Tests.Support;
using static Parallax.Tests.Adversarial.HostileText;

namespace Parallax.Tests.Adversarial;

/// <summary>Hostile text: bidi controls, stacked marks, astral characters, scripts the kit does not expect, quote storms.</summary>
[Collection(AdversarialCollection.Name)]
public class TextCases
{
    private static Article One(string name, string text)
    {
        using var dir = Repo.Temp();
        Put(dir, name, text);
        return Assert.Single(Hostile.Process(dir.Path).Loaded.Articles);
    }

    private static Document Tagged(string name, string text)
    {
        using var dir = Repo.Temp();
        Put(dir, name, text);
        return Assert.Single(Hostile.Process(dir.Path).Tags!.Documents);
    }

    [Fact]
    public void Bidi_override_characters_are_kept_as_text_and_spans_stay_valid() => SuiteTally.Case(() =>
    {
        var text = "\u202EMaria Lindqvist\u202C said \u2067«the pier \u202Dis closed\u202C»\u2069, the \u202BCoastal Herald\u202C reported.\n" +
                   "\u200F\u202E\"We will reopen,\" said Omar Haddad\u202A.\u202C\u2066\n";
        var d = Tagged("bidi.txt", text);
        Assert.Contains("Lindqvist", d.Text);
    });

    [Fact]
    public void Stacked_combining_marks_are_normalised_and_tagged() => SuiteTally.Case(() =>
    {
        var zalgo = string.Concat("Maria Lindqvist said".Select(c => c + (char.IsLetter(c) ? "\u0301\u0316\u0327\u0350\u036F\u0489" : "")));
        var decomposed = "Etienne Fac\u0327onnet said the ce\u0301re\u0301monie was cancelled.";
        var d = Tagged("marks.txt", zalgo + " the pier is closed.\n" + decomposed + "\n" + new string('\u0301', 5000) + " alone.\n");
        Assert.Contains("Façonnet", d.Text);
        Assert.True(d.Text.IsNormalized(NormalizationForm.FormC));
    });

    [Fact]
    public void Emoji_and_astral_characters_are_never_split() => SuiteTally.Case(() =>
    {
        var text = "🚢Maria Lindqvist🚢 said \"the 🌊 pier 👨‍👩‍👧 is closed\", according to 𝐓𝐡𝐞 𝐂𝐨𝐚𝐬𝐭𝐚𝐥 𝐇𝐞𝐫𝐚𝐥𝐝.\n" +
                   "𝐉𝐨𝐡𝐧 𝐒𝐦𝐢𝐭𝐡 told reporters 𠀋𠀌 in 𐌀𐌁𐌂 script that 🇫🇷 flags 🏳️‍🌈 and 1️⃣ keycaps matter.\n" +
                   string.Concat(Enumerable.Repeat("😀Omar Haddad😀 said ", 200)) + "\n";
        var d = Tagged("emoji.txt", text);
        Assert.Contains("😀", d.Text);
        Assert.NotEmpty(d.Mentions);
        Assert.All(d.Mentions, m => Assert.True(SpanRules.IsWellFormed(m.Text), m.Text));
    });

    [Fact]
    public void A_text_in_persian_only_is_loaded_and_tagged() => SuiteTally.Case(() =>
    {
        var d = Tagged("fa.txt", Persian);
        Assert.Equal("fa", d.Article.Language);
        Assert.Contains("«ما", d.Text);
    });

    [Fact]
    public void A_hundred_thousand_quotation_marks_end() => SuiteTally.Case(() =>
    {
        var text = "Maria Lindqvist said " + new string('"', 100_000) + " and then “" + string.Concat(Enumerable.Repeat("«»“”‘’„'", 2_000)) + ".\n";
        Tagged("quotes.txt", text);
    });

    [Fact]
    public void Unbalanced_quotes_do_not_swallow_the_article_or_hang() => SuiteTally.Case(() =>
    {
        var sb = new StringBuilder();
        for (int i = 0; i < 400; i++)
            sb.Append(i % 3 == 0 ? "“" : i % 3 == 1 ? "«" : "\"").Append("We will rebuild the pier, said Omar Haddad, the mayor, on day ").Append(i).Append(".\n");
        sb.Append("»”” closing marks with no opening ones, the Coastal Herald said.\n");
        Tagged("unbalanced.txt", sb.ToString());
    });

    [Fact]
    public void One_enormous_word_and_a_flood_of_capitalised_words_end() => SuiteTally.Case(() =>
    {
        var rng = new Random(11);
        var caps = string.Join(' ', Enumerable.Range(0, 30_000).Select(_ => (char)('A' + rng.Next(26)) + new string((char)('a' + rng.Next(26)), 1 + rng.Next(6))));
        Tagged("flood.txt", new string('x', 500_000) + "\n" + caps + " said.\n" + string.Concat(Enumerable.Repeat("\n", 50_000)) + "End.\n");
    });

    [Fact]
    public void Control_and_private_use_characters_and_noncharacters_are_tolerated() => SuiteTally.Case(() =>
    {
        var text = "Maria\u0001 Lindqvist\u001F said\u007F the \uE000pier\uF8FF is \uFFFE\uFFFF closed \U000F0000\U0010FFFD.\n\u000B\u000C\n";
        Tagged("control.txt", text);
    });

    [Fact]
    public void Markdown_with_hostile_front_matter_values_stays_text() => SuiteTally.Case(() =>
    {
        var a = One("pier.md", "---\ntitle: \"<script>alert(1)</script>\"\noutlet: \"\\\"><img src=x onerror=alert(1)>\"\nurl: \"javascript:alert(1)\"\n---\n" +
            "# <script>alert(1)</script>\n\n[click](javascript:alert(1)) " + Story);
        Assert.Equal("<script>alert(1)</script>", a.Metadata.Title);
        Assert.DoesNotContain("javascript", a.Text);
    });
}
