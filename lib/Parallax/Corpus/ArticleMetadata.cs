namespace Parallax;

/// <summary>Where a metadata value came from.</summary>
public enum MetadataOrigin
{
    /// <summary>The article's own metadata: YAML front matter, a jsonl field, or HTML meta tags.</summary>
    FrontMatter,
    /// <summary>The corpus manifest, <c>corpus.yaml</c> or <c>corpus.csv</c>.</summary>
    Manifest,
    /// <summary>Guessed from the text by the loader.</summary>
    Inferred,
}

/// <summary>Article metadata; <see cref="Origins"/> says, per field name, where each non-null value came from.</summary>
public sealed record ArticleMetadata
{
    public string? Title { get; init; }
    public string? Outlet { get; init; }
    public string? OutletType { get; init; }
    public string? Url { get; init; }
    /// <summary>Publication time as written in ISO form: <c>2020-02-04</c> or <c>2020-02-04T12:40</c>.</summary>
    public string? Published { get; init; }
    public string? Author { get; init; }
    public string? Event { get; init; }
    public string? TranslationOf { get; init; }
    public string? RepublishedFrom { get; init; }
    public IReadOnlyDictionary<string, MetadataOrigin> Origins { get; init; } = new Dictionary<string, MetadataOrigin>();

    /// <summary>Field names as they appear in manifests and JSON output.</summary>
    public static readonly IReadOnlyList<string> FieldNames =
        ["title", "outlet", "outlet_type", "url", "published", "author", "event", "translation_of", "republished_from", "language"];

    /// <summary>Publication date parsed from <see cref="Published"/>, if any.</summary>
    public DateTime? PublishedDate =>
        Published is { Length: >= 10 } p && DateTime.TryParse(p, System.Globalization.CultureInfo.InvariantCulture,
            System.Globalization.DateTimeStyles.AssumeUniversal | System.Globalization.DateTimeStyles.AdjustToUniversal, out var d) ? d : null;

    /// <summary>Reads a field by its manifest name.</summary>
    public string? Get(string field) => field switch
    {
        "title" => Title,
        "outlet" => Outlet,
        "outlet_type" => OutletType,
        "url" => Url,
        "published" => Published,
        "author" => Author,
        "event" => Event,
        "translation_of" => TranslationOf,
        "republished_from" => RepublishedFrom,
        _ => null,
    };

    /// <summary>Returns a copy with one field set by its manifest name.</summary>
    public ArticleMetadata With(string field, string? value, MetadataOrigin origin)
    {
        var origins = new Dictionary<string, MetadataOrigin>(Origins);
        if (value is null) origins.Remove(field); else origins[field] = origin;
        var m = field switch
        {
            "title" => this with { Title = value },
            "outlet" => this with { Outlet = value },
            "outlet_type" => this with { OutletType = value },
            "url" => this with { Url = value },
            "published" => this with { Published = value },
            "author" => this with { Author = value },
            "event" => this with { Event = value },
            "translation_of" => this with { TranslationOf = value },
            "republished_from" => this with { RepublishedFrom = value },
            _ => throw new ArgumentException($"unknown metadata field '{field}'", nameof(field)),
        };
        return m with { Origins = origins };
    }
}
