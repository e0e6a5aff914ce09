using Parallax.Text;

namespace Parallax.Framing;

/// <summary>A token with its folded form, its form without an elided article, and its case.</summary>
public readonly record struct WordToken(Token Token, string Fold, string Bare, string Elided)
{
    public int Start => Token.Start;
    public int End => Token.End;
    public string Text => Token.Text;
    public bool IsWord => Token.IsWord;
    public bool IsCapitalised => Token.Text.Length > 0 && char.IsUpper(Token.Text[0]);
    public bool IsNumber => Token.Text.Length > 0 && char.IsDigit(Token.Text[0]);

    /// <summary>All upper case and at least two letters: an acronym ("TIP", "HTS").</summary>
    public bool IsAcronym => Token.Text.Length >= 2 && Token.Text.All(c => char.IsUpper(c) || c == '.' || c == '-' || char.IsDigit(c)) && Token.Text.Any(char.IsLetter);

    /// <summary>Tokens of [start, end) of the text with their folded forms.</summary>
    public static List<WordToken> Read(string text, int start, int end)
    {
        var tokens = Tokenizer.Tokenize(text, start, end);
        var list = new List<WordToken>(tokens.Count);
        foreach (var t in tokens)
        {
            var fold = WordForm.Fold(t.Text);
            var (bare, elided) = WordForm.SplitElision(fold);
            list.Add(new WordToken(t, fold, bare, elided));
        }
        return list;
    }
}
