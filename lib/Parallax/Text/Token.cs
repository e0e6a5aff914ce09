namespace Parallax.Text;

/// <summary>A word or punctuation mark with its offsets in the article text.</summary>
public readonly record struct Token(int Start, int End, string Text)
{
    public bool IsWord => Text.Length > 0 && char.IsLetterOrDigit(Text[0]);
    public bool IsCapitalised => Text.Length > 0 && char.IsUpper(Text[0]);
}
