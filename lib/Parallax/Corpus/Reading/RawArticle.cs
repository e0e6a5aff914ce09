namespace Parallax.Loading;

/// <summary>A span of <see cref="RawArticle.Text"/> the file format marks as one paragraph, with the role it implies (if any).</summary>
public sealed record TextBlock(int Start, int End, ParagraphRole? Hint = null);

/// <summary>
/// What a reader gets out of a file (or one jsonl line): normalised text, the paragraphs when the format marks them
/// (otherwise each non-blank line is one), and the metadata the article carries itself.
/// </summary>
public sealed record RawArticle(string Id, string File, int? Line, string Text, IReadOnlyList<TextBlock>? Blocks, IReadOnlyDictionary<string, string?> Fields);

/// <summary>Builds normalised text from blocks: each block's whitespace collapsed, blocks separated by a blank line.</summary>
public sealed class BlockTextBuilder
{
    private readonly System.Text.StringBuilder _text = new();
    private readonly List<TextBlock> _blocks = [];

    public void Add(string text, ParagraphRole? hint = null)
    {
        var clean = Collapse(Parallax.Text.TextNormalizer.Normalize(text));
        if (clean.Length == 0) return;
        if (_text.Length > 0) _text.Append("\n\n");
        _blocks.Add(new TextBlock(_text.Length, _text.Length + clean.Length, hint));
        _text.Append(clean);
    }

    public string Text => _text.ToString();
    public IReadOnlyList<TextBlock> Blocks => _blocks;

    private static string Collapse(string s)
    {
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (var c in s)
        {
            bool space = char.IsWhiteSpace(c);
            if (space && (sb.Length == 0 || sb[^1] == ' ')) continue;
            sb.Append(space ? ' ' : c);
        }
        return sb.ToString().TrimEnd();
    }
}
