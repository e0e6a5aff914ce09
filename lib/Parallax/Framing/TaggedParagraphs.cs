namespace Parallax.Framing;

/// <summary>The paragraphs framing taggers read: all but boilerplate and promotions.</summary>
public static class TaggedParagraphs
{
    public static IEnumerable<Paragraph> Of(Article article) =>
        article.Paragraphs.Where(p => p.Role is not (ParagraphRole.Boilerplate or ParagraphRole.Promo));

    /// <summary>True when an entry for <paramref name="lang"/> applies to an article in <paramref name="articleLanguage"/> (unknown language: every entry).</summary>
    public static bool Applies(string lang, string? articleLanguage) =>
        string.IsNullOrEmpty(lang) || string.IsNullOrEmpty(articleLanguage) || articleLanguage.StartsWith(lang, StringComparison.OrdinalIgnoreCase);
}
