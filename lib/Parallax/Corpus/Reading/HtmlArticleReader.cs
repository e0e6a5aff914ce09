using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Parallax.Loading;

/// <summary>
/// HTML pages: the main text (inside &lt;article&gt; or &lt;main&gt; when present) one block per paragraph, heading,
/// list item, quote or figure caption. Scripts, styles, navigation, headers, footers, asides and forms are dropped.
/// An &lt;h1&gt; is a headline, a &lt;figcaption&gt; a caption. Metadata comes from &lt;meta&gt; tags, the canonical
/// link and the page language, and counts as the article's own (front matter).
/// </summary>
public sealed class HtmlArticleReader : IArticleReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
        { "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg", "button", "select", "dialog", "menu" };

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
        { "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "figcaption", "pre", "dt", "dd", "td", "th", "caption", "address" };

    private static readonly HashSet<string> Containers = new(StringComparer.OrdinalIgnoreCase)
        { "div", "section", "article", "main", "figure", "body", "ul", "ol", "dl", "table", "tbody", "thead", "tr", "center" };

    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm", ".xhtml"];

    public IEnumerable<RawArticle> Read(string file, string text, ICollection<CorpusWarning> warnings)
    {
        var doc = new HtmlParser().ParseDocument(text);
        var fields = Metadata(doc, file, warnings);
        var headline = doc.QuerySelector("h1")?.TextContent;
        foreach (var el in doc.QuerySelectorAll("*").Where(e => Dropped.Contains(e.LocalName)).ToList()) el.Remove();
        var articles = doc.QuerySelectorAll("article").ToList();
        INode root = articles.Count == 1 ? articles[0] : (IElement?)doc.QuerySelector("main") ?? (INode?)doc.Body ?? doc;
        var builder = new BlockTextBuilder();
        if (headline is not null && (root as IElement ?? doc.DocumentElement)?.QuerySelector("h1") is null)
            builder.Add(headline, ParagraphRole.Headline);
        Walk(root, builder);
        yield return new RawArticle(ArticleReaders.IdOf(file), file, null, builder.Text, builder.Blocks, fields);
    }

    private static void Walk(INode node, BlockTextBuilder builder)
    {
        var inline = new System.Text.StringBuilder();
        foreach (var child in node.ChildNodes)
        {
            if (child is IElement { LocalName: "br" }) inline.Append(' ');
            else if (child is IElement el && Blocks.Contains(el.LocalName) && !HasBlockInside(el))
            {
                Flush(inline, builder);
                builder.Add(el.TextContent, Hint(el.LocalName));
            }
            else if (child is IElement box && (IsBlockish(box) || HasBlockInside(box)))
            {
                Flush(inline, builder);
                Walk(box, builder);
            }
            else if (child.NodeType is NodeType.Text or NodeType.Element) inline.Append(child.TextContent);
        }
        Flush(inline, builder);
    }

    private static bool IsBlockish(IElement el) => Blocks.Contains(el.LocalName) || Containers.Contains(el.LocalName);

    private static bool HasBlockInside(IElement el) => el.QuerySelectorAll("*").Any(IsBlockish);

    private static void Flush(System.Text.StringBuilder inline, BlockTextBuilder builder)
    {
        if (inline.Length > 0) builder.Add(inline.ToString());
        inline.Clear();
    }

    private static ParagraphRole? Hint(string tag) => tag switch
    {
        "h1" => ParagraphRole.Headline,
        "figcaption" or "caption" => ParagraphRole.Caption,
        _ => null,
    };

    private static Dictionary<string, string?> Metadata(AngleSharp.Html.Dom.IHtmlDocument doc, string file, ICollection<CorpusWarning> warnings)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? Meta(params string[] keys) => keys.Select(k =>
            doc.QuerySelector($"meta[property='{k}']")?.GetAttribute("content") ?? doc.QuerySelector($"meta[name='{k}']")?.GetAttribute("content"))
            .FirstOrDefault(v => !string.IsNullOrWhiteSpace(v));
        void Set(string field, string? value)
        {
            value = value?.Trim();
            if (string.IsNullOrEmpty(value)) return;
            if (field == "published" && value.Length > 16 && value[10] == 'T') value = value[..16];
            if (MetadataFields.Problem(field, value) is { } problem) { warnings.Add(new CorpusWarning(file, null, $"HTML metadata {field} ignored: {problem}")); return; }
            fields[field] = MetadataFields.Canonical(field, value);
        }
        Set("title", doc.QuerySelector("h1")?.TextContent is { } h && h.Trim().Length > 0 ? Collapse(h) : Meta("og:title") ?? doc.Title);
        Set("outlet", Meta("og:site_name", "application-name"));
        Set("url", doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href") ?? Meta("og:url"));
        Set("published", Meta("article:published_time", "date", "pubdate", "publishdate", "dc.date", "DC.date.issued"));
        Set("author", Meta("author", "article:author"));
        Set("language", doc.DocumentElement?.GetAttribute("lang"));
        return fields;
    }

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
