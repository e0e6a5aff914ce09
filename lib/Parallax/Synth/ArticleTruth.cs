using System.Text.Json;

namespace Parallax.Synth;

/// <summary>One distinct (entity, text) written in an article, and how many times.</summary>
public readonly record struct MentionCount(string Entity, string Type, string Canonical, string Surface, int Count);

/// <summary>
/// What one article plants, ready to append to the truth file: its JSON object (built on a worker thread) and the
/// facts the file's summary sections need.
/// </summary>
public sealed record ArticleTruth(string Id, string Language, ArticleKind Kind, string? Source, int CopiedParagraphs, int Words,
    int Attributions, int Labels, IReadOnlyList<MentionCount> Mentions, byte[] Json)
{
    private static readonly JsonWriterOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    /// <summary>
    /// The truth of an article: <c>mentions</c> are [entity, text, count] and <c>labels</c> [text, side, count], sorted.
    /// </summary>
    public static ArticleTruth Of(string file, SynthArticle a, int words)
    {
        var s = a.Spec;
        var mentions = new Dictionary<(string, string), MentionCount>();
        var labels = new Dictionary<PlantedLabel, int>();
        int attributions = 0, labelCount = 0;
        foreach (var p in a.Paragraphs)
        {
            attributions += p.Attributions;
            foreach (var m in p.Mentions)
                mentions[(m.Entity, m.Surface)] = mentions.TryGetValue((m.Entity, m.Surface), out var c)
                    ? c with { Count = c.Count + 1 } : new MentionCount(m.Entity, m.Type, m.Canonical, m.Surface, 1);
            foreach (var l in p.Labels) { labels[l] = labels.GetValueOrDefault(l) + 1; labelCount++; }
        }
        var sorted = mentions.Values.OrderBy(m => m.Entity, StringComparer.Ordinal).ThenBy(m => m.Surface, StringComparer.Ordinal).ToList();
        using var ms = new MemoryStream(1024);
        using (var w = new Utf8JsonWriter(ms, Options))
        {
            w.WriteStartObject();
            w.WriteString("id", s.Id);
            w.WriteString("file", file);
            w.WriteString("outlet", s.Outlet.Name);
            w.WriteString("language", s.Language);
            w.WriteString("event", s.Event.Id);
            w.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
            if (s.SourceId is { } src) w.WriteString("source", src); else w.WriteNull("source");
            if (s.Kind == ArticleKind.Repost) w.WriteNumber("copied_paragraphs", a.CopiedParagraphs);
            w.WriteNumber("words", words);
            w.WriteNumber("paragraphs", a.Paragraphs.Count);
            w.WriteNumber("attributions", attributions);
            w.WriteStartArray("labels");
            foreach (var (l, n) in labels.OrderBy(kv => kv.Key.Text, StringComparer.Ordinal).ThenBy(kv => kv.Key.Side, StringComparer.Ordinal))
            {
                w.WriteStartArray();
                w.WriteStringValue(l.Text);
                w.WriteStringValue(l.Side);
                w.WriteNumberValue(n);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("mentions");
            foreach (var m in sorted)
            {
                w.WriteStartArray();
                w.WriteStringValue(m.Entity);
                w.WriteStringValue(m.Surface);
                w.WriteNumberValue(m.Count);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return new ArticleTruth(s.Id, s.Language, s.Kind, s.SourceId, a.CopiedParagraphs, words, attributions, labelCount, sorted, ms.ToArray());
    }
}
