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

    // the folded tokens of the last article read on this thread (see ArticleTokens)
    [ThreadStatic] private static Token[]? _keptTokens;
    [ThreadStatic] private static WordToken[]? _kept;

    /// <summary>Tokens of [start, end) of the text with their folded forms (of an article: shared, read once per thread).</summary>
    public static IReadOnlyList<WordToken> Read(string text, int start, int end)
    {
        if (text.Length >= ArticleTokens.MinLength)
        {
            var all = ArticleTokens.Of(text);
            if (ArticleTokens.IndexRange(all, start, end) is var (from, to))
            {
                if (!ReferenceEquals(_keptTokens, all) || _kept is null) (_keptTokens, _kept) = (all, FoldAll(all));
                return new ArraySegment<WordToken>(_kept, from, to - from);
            }
        }
        var tokens = Tokenizer.Tokenize(text, start, end);
        return FoldAll(tokens.ToArray());
    }

    private static WordToken[] FoldAll(Token[] tokens)
    {
        var words = new WordToken[tokens.Length];
        for (int i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            var fold = WordForm.Fold(t.Text);
            var (bare, elided) = WordForm.SplitElision(fold);
            words[i] = new WordToken(t, fold, bare, elided);
        }
        return words;
    }
}
