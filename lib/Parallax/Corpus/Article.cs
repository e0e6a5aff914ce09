namespace Parallax;

/// <summary>One loaded article: normalised text, metadata and paragraphs. Every offset in the kit indexes <see cref="Text"/>.</summary>
public sealed record Article(
    string Id,
    string File,
    string Text,
    string? Language,
    double LanguageConfidence,
    ArticleMetadata Metadata,
    IReadOnlyList<Paragraph> Paragraphs)
{
    /// <summary>Paragraphs whose role is <see cref="ParagraphRole.Body"/>.</summary>
    public IEnumerable<Paragraph> Body => Paragraphs.Where(p => p.Role == ParagraphRole.Body);

    /// <summary>The text of one paragraph.</summary>
    public string TextOf(Paragraph p) => Text[p.Start..p.End];

    /// <summary>Number of words (runs of letters or digits) in the whole text.</summary>
    public int WordCount => Parallax.Text.WordCounter.Count(Text);
}
