using Parallax.Names;
using Parallax.Pipeline;
using Parallax.Text;

namespace Parallax.Tests.Names;

/// <summary>Builds articles from strings (paragraphs separated by blank lines) and runs the names components on them.</summary>
internal static class NameTestKit
{
    public static KitData Data => KitData.For(null);

    public static Article Article(string text, string id = "a1", ParagraphRole role = ParagraphRole.Body)
    {
        text = TextNormalizer.Normalize(text);
        var paragraphs = new List<Paragraph>();
        int i = 0;
        while (i < text.Length)
        {
            int blank = text.IndexOf("\n\n", i, StringComparison.Ordinal);
            int end = blank < 0 ? text.Length : blank;
            int s = i, e = end;
            while (s < e && char.IsWhiteSpace(text[s])) s++;
            while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
            if (e > s) paragraphs.Add(new Paragraph(s, e, role));
            i = end + 2;
        }
        return new Article(id, id + ".txt", text, "en", 1, new ArticleMetadata(), paragraphs);
    }

    public static IReadOnlyList<Mention> Mentions(string text) => new MentionTagger(Data).Tag(new Document(Article(text))).Mentions;

    public static IEnumerable<string> Persons(string text) => Mentions(text).Where(m => m.Kind == MentionKind.Person).Select(m => m.Text);

    /// <summary>Tags several texts as one corpus and clusters the names.</summary>
    public static CorpusTags Cluster(params string[] texts) => Cluster(Data, texts);

    public static CorpusTags Cluster(KitData data, params string[] texts)
    {
        var tagger = new MentionTagger(data);
        var docs = texts.Select((t, i) => tagger.Tag(new Document(Article(t, $"a{i + 1}")))).ToList();
        return new VariantClusterer(data).Apply(new CorpusTags("test", docs, []));
    }

    /// <summary>The entity holding a spelling.</summary>
    public static Entity EntityOf(CorpusTags tags, string spelling) =>
        tags.Entities.SingleOrDefault(e => e.Variants.Any(v => v.Text == spelling))
        ?? throw new Xunit.Sdk.XunitException($"no entity has '{spelling}'; entities: {string.Join(" | ", tags.Entities.Select(e => string.Join(", ", e.Variants.Select(v => v.Text))))}");
}
