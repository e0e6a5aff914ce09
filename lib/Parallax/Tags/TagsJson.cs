using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Pipeline;

namespace Parallax.Tags;

/// <summary>Writes the tags document, schema <c>parallax.tags/1</c> (see docs/tags-schema.md).</summary>
public static class TagsJson
{
    public const string Schema = "parallax.tags/1";

    private static readonly JsonWriterOptions Options = new() { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The tags document as a JSON string.</summary>
    public static string Serialize(CorpusTags tags)
    {
        using var ms = new MemoryStream();
        Write(tags, ms);
        return System.Text.Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Writes the tags document to a stream.</summary>
    public static void Write(CorpusTags tags, Stream stream)
    {
        using var w = new Utf8JsonWriter(stream, Options);
        w.WriteStartObject();
        w.WriteString("schema", Schema);
        w.WriteString("corpus", tags.Corpus);
        w.WriteStartArray("articles");
        foreach (var d in tags.Documents) WriteArticle(w, d);
        w.WriteEndArray();
        w.WriteStartArray("entities");
        foreach (var e in tags.Entities)
        {
            w.WriteStartObject();
            w.WriteString("id", e.Id);
            w.WriteString("kind", Snake(e.Kind.ToString()));
            w.WriteString("canonical", e.Canonical);
            w.WriteStartArray("variants");
            foreach (var v in e.Variants)
            {
                w.WriteStartObject();
                w.WriteString("text", v.Text);
                w.WriteStartObject("counts");
                foreach (var (a, n) in v.CountsByArticle.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteNumber(a, n);
                w.WriteEndObject();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("merges");
            foreach (var m in e.Merges)
            {
                w.WriteStartObject();
                w.WriteString("a", m.A);
                w.WriteString("b", m.B);
                w.WriteStartArray("rules");
                foreach (var r in m.Rules) w.WriteStringValue(r);
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("relations");
        foreach (var r in tags.Relations)
        {
            w.WriteStartObject();
            w.WriteString("from", r.From);
            w.WriteString("to", r.To);
            w.WriteString("kind", r.Kind);
            w.WriteNumber("score", Math.Round(r.Score, 4));
            w.WriteStartArray("passages");
            foreach (var p in r.Passages)
            {
                w.WriteStartObject();
                w.WriteNumber("from_start", p.FromStart);
                w.WriteNumber("from_end", p.FromEnd);
                w.WriteNumber("to_start", p.ToStart);
                w.WriteNumber("to_end", p.ToEnd);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("warnings");
        foreach (var x in tags.Warnings)
        {
            w.WriteStartObject();
            w.WriteString("file", x.File);
            if (x.Line is { } l) w.WriteNumber("line", l); else w.WriteNull("line");
            w.WriteString("message", x.Message);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteArticle(Utf8JsonWriter w, Document d)
    {
        var a = d.Article;
        w.WriteStartObject();
        w.WriteString("id", a.Id);
        w.WriteString("file", a.File);
        w.WriteString("language", a.Language);
        w.WriteNumber("language_confidence", Math.Round(a.LanguageConfidence, 3));
        w.WriteStartObject("metadata");
        foreach (var f in ArticleMetadata.FieldNames.Where(f => f != "language")) w.WriteString(f, a.Metadata.Get(f));
        w.WriteStartObject("origins");
        foreach (var (k, v) in a.Metadata.Origins.OrderBy(kv => kv.Key, StringComparer.Ordinal)) w.WriteString(k, Origin(v));
        w.WriteEndObject();
        w.WriteEndObject();
        w.WriteString("text", a.Text);
        w.WriteStartArray("paragraphs");
        foreach (var p in a.Paragraphs)
        {
            w.WriteStartObject();
            w.WriteNumber("start", p.Start);
            w.WriteNumber("end", p.End);
            w.WriteString("role", Snake(p.Role.ToString()));
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("mentions");
        foreach (var m in d.Mentions)
        {
            w.WriteStartObject();
            w.WriteString("text", m.Text);
            w.WriteString("kind", Snake(m.Kind.ToString()));
            w.WriteString("entity", m.Entity);
            w.WriteString("title", m.Title);
            w.WriteNumber("start", m.Start);
            w.WriteNumber("end", m.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("attributions");
        foreach (var x in d.Attributions)
        {
            w.WriteStartObject();
            w.WriteString("source", x.Source);
            w.WriteString("source_type", x.SourceType);
            w.WriteString("cue", x.Cue);
            w.WriteString("quote", Snake(x.Quote.ToString()));
            w.WriteString("content", a.Text[x.ContentStart..x.ContentEnd]);
            if (x.Via is { } v) w.WriteNumber("via", v); else w.WriteNull("via");
            w.WriteString("refers_to", x.RefersTo);
            w.WriteNumber("source_start", x.SourceStart);
            w.WriteNumber("source_end", x.SourceEnd);
            w.WriteNumber("content_start", x.ContentStart);
            w.WriteNumber("content_end", x.ContentEnd);
            w.WriteNumber("start", x.Start);
            w.WriteNumber("end", x.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("labels");
        foreach (var l in d.Labels)
        {
            w.WriteStartObject();
            w.WriteString("text", l.Text);
            w.WriteString("head", l.Head);
            w.WriteString("actor", l.Actor);
            w.WriteStartArray("categories");
            foreach (var c in l.Categories) w.WriteStringValue(c);
            w.WriteEndArray();
            if (l.QuotedFrom is { } q) w.WriteNumber("quoted_from", q); else w.WriteNull("quoted_from");
            w.WriteBoolean("in_quotation", l.InQuotation);
            w.WriteNumber("start", l.Start);
            w.WriteNumber("end", l.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("hedges");
        foreach (var h in d.Hedges)
        {
            w.WriteStartObject();
            w.WriteString("text", h.Text);
            w.WriteString("kind", h.Kind);
            w.WriteNumber("start", h.Start);
            w.WriteNumber("end", h.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();

        w.WriteStartArray("event_terms");
        foreach (var t in d.EventTerms)
        {
            w.WriteStartObject();
            w.WriteString("text", t.Text);
            w.WriteString("lemma", t.Lemma);
            w.WriteString("connotation", t.Connotation);
            w.WriteNumber("start", t.Start);
            w.WriteNumber("end", t.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>"FrontMatter" → "front-matter" for origins.</summary>
    public static string Origin(MetadataOrigin o) => o switch
    {
        MetadataOrigin.FrontMatter => "front-matter",
        MetadataOrigin.Manifest => "manifest",
        _ => "inferred",
    };

    /// <summary>PascalCase enum name → snake_case JSON value.</summary>
    public static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
