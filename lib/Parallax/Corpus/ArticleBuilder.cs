using Parallax.Loading;

namespace Parallax;

/// <summary>
/// Turns what a reader found into an <see cref="Article"/>: paragraphs with roles, language, and metadata resolved by
/// precedence: the article's own fields (front matter, jsonl, HTML meta) over the manifest over inference. A field the
/// manifest sets to null on purpose is not inferred.
/// </summary>
internal sealed class ArticleBuilder(ParagraphClassifier classifier, LanguageDetector languages)
{
    public static ArticleBuilder For(KitData data) =>
        new(new ParagraphClassifier(ParagraphRules.For(data)), LanguageDetector.For(data));

    public Article Build(RawArticle raw, IReadOnlyDictionary<string, string?> manifest)
    {
        var blocks = raw.Blocks ?? ParagraphSplitter.Split(raw.Text).Select(s => new TextBlock(s.Start, s.End)).ToList();
        var (given, givenOrigin) = Given(raw.Fields, manifest);

        string? language;
        double confidence;
        var origins = new Dictionary<string, MetadataOrigin>();
        if (given.TryGetValue("language", out var lang) && lang is not null)
        {
            (language, confidence) = (lang, 1.0);
            origins["language"] = givenOrigin["language"];
        }
        else
        {
            (language, confidence) = languages.Detect(raw.Text);
            if (language is not null) origins["language"] = MetadataOrigin.Inferred;
        }

        bool titleKnown = given.ContainsKey("title");
        var classified = classifier.Classify(raw.Text, blocks, titleKnown, given.GetValueOrDefault("title"), language);

        var meta = new ArticleMetadata();
        foreach (var field in ArticleMetadata.FieldNames.Where(f => f != "language"))
        {
            if (given.TryGetValue(field, out var v)) meta = meta.With(field, v, givenOrigin[field]);
            else if (Inferred(field, classified) is { } guess) meta = meta.With(field, guess, MetadataOrigin.Inferred);
        }
        foreach (var (k, o) in meta.Origins) origins[k] = o;
        return new Article(raw.Id, raw.File, raw.Text, language, confidence, meta with { Origins = origins }, classified.Paragraphs);
    }

    private static (Dictionary<string, string?>, Dictionary<string, MetadataOrigin>) Given(
        IReadOnlyDictionary<string, string?> own, IReadOnlyDictionary<string, string?> manifest)
    {
        var values = new Dictionary<string, string?>(StringComparer.Ordinal);
        var origin = new Dictionary<string, MetadataOrigin>(StringComparer.Ordinal);
        foreach (var (k, v) in manifest) { values[k] = v; origin[k] = MetadataOrigin.Manifest; }
        foreach (var (k, v) in own.Where(kv => kv.Value is not null || !manifest.ContainsKey(kv.Key))) { values[k] = v; origin[k] = MetadataOrigin.FrontMatter; }
        return (values, origin);
    }

    private static string? Inferred(string field, ClassifiedArticle c) => field switch
    {
        "title" => c.Title,
        "author" => c.Author,
        "published" => c.Published,
        _ => null,
    };
}
