using System.Text.Json;

namespace Parallax.Loading;

/// <summary>
/// JSON Lines: one article per line, an object with <c>id</c> and <c>text</c> and optionally title, outlet, published,
/// language, url, author (and the other metadata fields). Errors name the file and line.
/// </summary>
public sealed class JsonlArticleReader : IArticleReader
{
    public IReadOnlyList<string> Extensions { get; } = [".jsonl", ".ndjson"];

    public IEnumerable<RawArticle> Read(string file, string text, ICollection<CorpusWarning> warnings)
    {
        int lineNo = 0;
        for (int start = 0; start <= text.Length; )
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl;
            var line = SurrogateEscapes.Repair(text.AsSpan(start, end - start).Trim().ToString(), out var repaired);
            start = end + 1;
            lineNo++;
            if (line.Length == 0) continue;
            if (repaired > 0) warnings.Add(new CorpusWarning(file, lineNo, $"{repaired} unpaired surrogate escape(s) (a cut emoji?) replaced by U+FFFD"));
            JsonDocument doc;
            try { doc = JsonDocument.Parse(line); }
            catch (JsonException e)
            {
                throw new CorpusException(file, "malformed JSON: " + e.Message.Split(" Path:")[0].Split(" LineNumber:")[0], lineNo, (int)(e.BytePositionInLine ?? 0) + 1);
            }
            using (doc)
            {
                if (doc.RootElement.ValueKind != JsonValueKind.Object)
                    throw new CorpusException(file, "each line must be a JSON object with 'id' and 'text'", lineNo, 1);
                var article = Article(doc.RootElement, file, lineNo, warnings);
                if (article is not null) yield return article;
            }
        }
    }

    private static RawArticle? Article(JsonElement obj, string file, int line, ICollection<CorpusWarning> warnings)
    {
        string? id = null, text = null;
        var fields = new Dictionary<string, string?>(12, StringComparer.Ordinal);
        foreach (var p in obj.EnumerateObject())
        {
            var value = p.Value.ValueKind switch
            {
                JsonValueKind.String => p.Value.GetString(),
                JsonValueKind.Number => p.Value.GetRawText(),
                JsonValueKind.Null => null,
                _ => throw new CorpusException(file, $"'{p.Name}' must be a string", line, null, p.Name),
            };
            if (p.Name == "id") id = value?.Trim();
            else if (p.Name == "text") text = value;
            else if (MetadataFields.IsKnown(p.Name)) fields[p.Name] = FieldReader.Checked(p.Name, value, file, line, null);
            else warnings.Add(new CorpusWarning(file, line, $"unknown field '{p.Name}' ignored"));
        }
        if (string.IsNullOrEmpty(id)) throw new CorpusException(file, "article without an 'id'", line, null, "id");
        if (string.IsNullOrWhiteSpace(text)) { warnings.Add(new CorpusWarning(file, line, $"article '{id}' has no text; skipped")); return null; }
        return new RawArticle(id, file, line, Parallax.Text.TextNormalizer.Normalize(text), null, fields);
    }
}
