namespace Parallax.Synth;

/// <summary>A planted mention: an entity (id, type, canonical name) written as <see cref="Surface"/>.</summary>
public readonly record struct PlantedMention(string Entity, string Type, string Canonical, string Surface);

/// <summary>A planted actor label and the side it names (opposition, government, allies).</summary>
public readonly record struct PlantedLabel(string Text, string Side);

/// <summary>A written paragraph with what it plants.</summary>
public sealed record RenderedParagraph(string Text, ParagraphRole Role, IReadOnlyList<PlantedMention> Mentions, int Attributions, IReadOnlyList<PlantedLabel> Labels);

/// <summary>A generated article: its spec, title and paragraphs (the text is the paragraphs joined by blank lines).</summary>
public sealed record SynthArticle(ArticleSpec Spec, string Title, IReadOnlyList<RenderedParagraph> Paragraphs, int CopiedParagraphs)
{
    public string Text => string.Join("\n\n", Paragraphs.Select(p => p.Text));
}
