using System.Text.RegularExpressions;

namespace Parallax.Loading;

/// <summary>The metadata fields a manifest, front matter or jsonl line may give, and checks of their values.</summary>
public static partial class MetadataFields
{
    /// <summary>Every field name, as written in manifests (snake_case). Includes <c>language</c>.</summary>
    public static IReadOnlyList<string> All => ArticleMetadata.FieldNames;

    /// <summary>True when <paramref name="field"/> is a metadata field.</summary>
    public static bool IsKnown(string field) => All.Contains(field);

    /// <summary>The problem with a value, or null when it is acceptable. Values are already trimmed.</summary>
    public static string? Problem(string field, string value) => field switch
    {
        "published" when !IsoDate().IsMatch(value) =>
            $"'{value}' is not a date in ISO form (2020-02-04 or 2020-02-04T12:40)",
        "published" when !ValidDate(value) => $"'{value}' is not a real date",
        "language" when !LanguageCode().IsMatch(value) => $"'{value}' is not a language code such as en, fr or pt-BR",
        _ => null,
    };

    /// <summary>Puts a checked value in its canonical form (language codes in lower case, dates without seconds' zeros).</summary>
    public static string Canonical(string field, string value) => field switch
    {
        "language" => value.Split('-', '_')[0].ToLowerInvariant(),
        "published" => value.Replace(' ', 'T'),
        _ => value,
    };

    private static bool ValidDate(string v) =>
        DateTime.TryParseExact(v[..10], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _);

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})?$")]
    private static partial Regex LanguageCode();
}
