using Parallax.Framing;
using Parallax.Text;

namespace Parallax.Tests.Text;

/// <summary>Ranges of a long text cut from its shared tokens equal the same ranges tokenised alone.</summary>
public class TokenizerTests
{
    private const string Paragraph =
        "Officials in the U.S. said on Tuesday that l’armée d’Haïti had “withdrawn”, while al-Rashid’s aides (and the U.N.) denied it. " +
        "Le porte-parole a-t-il menti? Iran-backed groups, 3.5 km away, fired 12 rockets... Ça va 😀 ok — 𝐀𝐁 naïve café.\n";

    private static List<Token> Alone(string text, int start, int end)
    {
        var list = new List<Token>();
        Tokenizer.Scan(text, start, end, list);
        return list;
    }

    [Fact]
    public void Every_range_of_a_long_text_gives_the_tokens_of_the_range_read_alone()
    {
        var text = string.Concat(Enumerable.Repeat(Paragraph, 4));
        Assert.True(text.Length >= ArticleTokens.MinLength);
        int cut = 0, whole = 0;
        for (int start = 0; start < 300; start += 1)
            for (int end = start; end <= text.Length; end += 37)
            {
                if (char.IsLowSurrogate(text[start]) || end < text.Length && char.IsLowSurrogate(text[end])) continue;
                var alone = Alone(text, start, end);
                Assert.Equal(alone, Tokenizer.Tokenize(text, start, end));
                Assert.Equal(alone.Select(t => (t.Start, t.End, t.Text)), WordToken.Read(text, start, end).Select(w => (w.Start, w.End, w.Text)));
                if (ArticleTokens.Range(text, start, end) is null) cut++; else whole++;
            }
        Assert.True(cut > 0 && whole > 0);
    }

    [Fact]
    public void Abbreviations_elisions_and_astral_letters_stay_in_one_token()
    {
        var words = Tokenizer.Tokenize("the U.S. and l’Iran 𝐀𝐁, al-Assad.").Select(t => t.Text).ToList();
        Assert.Equal(["the", "U.S", ".", "and", "l’Iran", "𝐀𝐁", ",", "al-Assad", "."], words);
    }

    [Fact]
    public void Tokens_of_a_kept_text_are_not_changed_by_a_caller()
    {
        var text = string.Concat(Enumerable.Repeat(Paragraph, 4));
        var first = Tokenizer.Tokenize(text, 0, 200);
        first.Clear();
        Assert.Equal(Alone(text, 0, 200), Tokenizer.Tokenize(text, 0, 200));
    }
}
