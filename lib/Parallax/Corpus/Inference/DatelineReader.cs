using System.Text.RegularExpressions;

namespace Parallax.Loading;

/// <summary>
/// Decides whether a paragraph is a dateline: one or more dates and nothing else but weekday names, dateline words
/// ("Published", "Updated", "at", "à", from <c>dates.yaml</c>), time zones and punctuation.
/// </summary>
public sealed partial class DatelineReader(DateFinder finder)
{
    private readonly HashSet<string> _weekdays = finder.Words.Weekdays();
    private readonly HashSet<string> _fillers = finder.Words.Fillers();

    public static DatelineReader For(KitData data) => new(DateFinder.For(data));

    /// <summary>The first date of the paragraph when the paragraph is a dateline; otherwise null.</summary>
    public string? Read(string paragraph, string? language)
    {
        var dates = finder.FindAll(paragraph, language);
        if (dates.Count == 0) return null;
        var rest = paragraph;
        foreach (var d in dates.Reverse()) rest = rest[..d.Start] + " " + rest[d.End..];
        rest = Zone().Replace(rest, " ");
        foreach (Match w in Word().Matches(rest))
        {
            var word = w.Value.ToLowerInvariant().TrimEnd('.');
            if (!_weekdays.Contains(word) && !_fillers.Contains(word)) return null;
        }
        return rest.Any(char.IsDigit) ? null : dates[0].Value;
    }

    [GeneratedRegex(@"\b(?:gmt|utc)?\s*[+-]\d{1,2}(?::?\d{2})?\b|\b(?:gmt|utc)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Zone();

    [GeneratedRegex(@"[\p{L}][\p{L}\p{M}'’.-]*")]
    private static partial Regex Word();
}
