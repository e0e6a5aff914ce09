namespace Parallax;

/// <summary>What a paragraph is for.</summary>
public enum ParagraphRole
{
    Body,
    Headline,
    Dateline,
    Byline,
    Caption,
    Tagline,
    Promo,
    Boilerplate,
}

/// <summary>A paragraph: a span of the article text (no line break inside except a hard wrap) and its role.</summary>
public sealed record Paragraph(int Start, int End, ParagraphRole Role);
