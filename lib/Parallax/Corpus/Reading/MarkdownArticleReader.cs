using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Parallax.Loading;

/// <summary>
/// Markdown with optional YAML front matter. The text is the rendered plain text: one paragraph per Markdown block
/// (a level-1 heading is a headline), markup removed, images dropped.
/// </summary>
public sealed class MarkdownArticleReader : IArticleReader
{
    public IReadOnlyList<string> Extensions { get; } = [".md", ".markdown"];

    public IEnumerable<RawArticle> Read(string file, string text, ICollection<CorpusWarning> warnings)
    {
        var (fields, body, _) = FrontMatter.Split(text, file, warnings);
        var builder = new BlockTextBuilder();
        foreach (var block in Markdown.Parse(body)) AddBlock(block, builder);
        yield return new RawArticle(ArticleReaders.IdOf(file), file, null, builder.Text, builder.Blocks, fields);
    }

    private static void AddBlock(Block block, BlockTextBuilder builder)
    {
        switch (block)
        {
            case HeadingBlock h:
                builder.Add(InlineText(h.Inline), h.Level == 1 ? ParagraphRole.Headline : null);
                break;
            case ParagraphBlock p:
                builder.Add(InlineText(p.Inline));
                break;
            case CodeBlock c:
                foreach (var line in c.Lines.ToString().Split('\n')) builder.Add(line);
                break;
            case ContainerBlock container:
                foreach (var child in container) AddBlock(child, builder);
                break;
        }
    }

    private static string InlineText(ContainerInline? inline)
    {
        var sb = new System.Text.StringBuilder();
        Append(inline, sb);
        return sb.ToString();
    }

    private static void Append(Inline? inline, System.Text.StringBuilder sb)
    {
        switch (inline)
        {
            case null:
                return;
            case LinkInline { IsImage: true }:
                return;
            case LiteralInline lit:
                sb.Append(lit.Content.ToString());
                return;
            case CodeInline code:
                sb.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                sb.Append(entity.Transcoded.ToString());
                return;
            case LineBreakInline:
                sb.Append(' ');
                return;
            case AutolinkInline auto:
                sb.Append(auto.Url);
                return;
            case ContainerInline container:
                foreach (var child in container) Append(child, sb);
                return;
        }
    }
}
