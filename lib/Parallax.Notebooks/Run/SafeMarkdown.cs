using Markdig;
using Markdig.Syntax;
using Markdig.Renderers.Html;
using Markdig.Syntax.Inlines;

namespace Parallax.Notebooks.Run;

/// <summary>Markdown to HTML for reports: raw HTML shown as text, and links or images with a script-capable scheme neutralised.</summary>
public static class SafeMarkdown
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().DisableHtml().Build();
    private static readonly string[] AllowedSchemes = ["http", "https", "mailto"];

    /// <summary>
    /// The HTML of <paramref name="markdown"/>. Heading ids get <paramref name="idPrefix"/> in front and, when
    /// <paramref name="usedIds"/> is given, a number after ("-2") where the id is already used in the same page.
    /// </summary>
    public static string ToHtml(string markdown, string idPrefix = "", ISet<string>? usedIds = null)
    {
        var doc = Markdown.Parse(markdown, Pipeline);
        foreach (var link in doc.Descendants<LinkInline>()) if (!IsSafeUrl(link.Url)) link.Url = "#unsafe-link";
        foreach (var link in doc.Descendants<AutolinkInline>()) if (!IsSafeUrl(link.Url)) link.Url = "#unsafe-link";
        foreach (var heading in doc.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not { Length: > 0 } id) continue;
            var unique = idPrefix + id;
            for (int n = 2; usedIds is not null && !usedIds.Add(unique); n++) unique = $"{idPrefix}{id}-{n}";
            attributes.Id = unique;
        }
        return doc.ToHtml(Pipeline);
    }

    /// <summary>Relative URLs, anchors, and http, https or mailto URLs.</summary>
    public static bool IsSafeUrl(string? url)
    {
        if (string.IsNullOrEmpty(url)) return true;
        var cleaned = new string(url.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
        var end = cleaned.IndexOfAny(['/', '?', '#']);
        var colon = cleaned.IndexOf(':');
        if (colon < 0 || (end >= 0 && end < colon)) return true;
        return AllowedSchemes.Contains(cleaned[..colon].ToLowerInvariant());
    }
}
