using Parallax.Text;

namespace Parallax.Tests.Text;

public sealed class TextCaseTests
{
    [Fact]
    public void Lower_case_is_the_invariant_one_for_every_character_and_for_mixed_words()
    {
        for (int c = 0; c < 0x250; c++)
        {
            var s = ((char)c).ToString();
            Assert.Equal(s.ToLowerInvariant(), TextCase.Lower(s));
        }
        var random = new Random(3);
        const string letters = "aZéÉàÀçÇßÿŸœŒıİ×ÞþØøµ'’- Kq";
        for (int n = 0; n < 2000; n++)
        {
            var word = new string(Enumerable.Range(0, random.Next(1, 12)).Select(_ => letters[random.Next(letters.Length)]).ToArray());
            Assert.Equal(word.ToLowerInvariant(), TextCase.Lower(word));
        }
        Assert.Equal("téhéran", TextCase.Lower("TÉHÉRAN"));
    }

    [Fact]
    public void A_word_already_in_lower_case_is_returned_as_it_is()
    {
        var word = "déjà-vu";
        Assert.Same(word, TextCase.Lower(word));
        Assert.Same("", TextCase.Lower(""));
    }
}
