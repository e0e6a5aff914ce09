using System.Globalization;
using System.Text.RegularExpressions;

namespace Parallax.Loading;

/// <summary>A date found in a text: its span and its value in ISO form (2020-02-04 or 2020-02-04T12:40).</summary>
public sealed record DateMatch(int Start, int End, string Value);

/// <summary>
/// Finds written dates: "February 4, 2020 at 12:40 pm", "4 February 2020", "mardi 4 février 2020", "4 de febrero de
/// 2020", "02/03/2020 – 20:25", "2024-11-28", "December 24, 2024 - 22:49". Month names come from <c>dates.yaml</c>.
/// A date without a year is never completed by guessing.
/// </summary>
public sealed class DateFinder
{
    private const string Time = @"(?:\s*(?:,|at|à|a las|alle|às|um|saat|в|-|–|—|\|)?\s*(?<H>\d{1,2})(?::|h)(?<Mi>\d{2})(?:\s*(?<ap>[ap])\.?\s?m\b\.?)?)?";
    private readonly CalendarWords _words;
    private readonly Dictionary<string, int> _months;
    private readonly AdaptiveRegex[] _patterns;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, Dictionary<string, int>> _byLanguage = new();

    public DateFinder(CalendarWords words)
    {
        _words = words;
        _months = words.MonthNumbers();
        var mon = CalendarWords.Alternation(_months.Keys);
        const RegexOptions o = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        // the kit's own patterns (month names are escaped), shared by every load
        _patterns =
        [
            AdaptiveRegex.Get(@"(?<![\d-])(?<y>\d{4})-(?<m>\d{1,2})-(?<d>\d{1,2})(?:[T ](?<H>\d{2}):(?<Mi>\d{2})(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])", o),
            AdaptiveRegex.Get($@"(?<!\w)(?<mon>{mon})\.?\s+(?<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?<y>\d{{4}})(?!\d){Time}", o),
            AdaptiveRegex.Get($@"(?<!\d)(?<d>\d{{1,2}})(?:st|nd|rd|th|er|º|\.)?\s+(?:de\s+)?(?<mon>{mon})\.?,?\s+(?:de\s+|del\s+)?(?<y>\d{{4}})(?!\d)(?:\s*г\.)?{Time}", o),
            AdaptiveRegex.Get($@"(?<![\d/.])(?<a>\d{{1,2}})(?<sep>[/.])(?<b>\d{{1,2}})\k<sep>(?<y>\d{{4}})(?!\d){Time}", o),
        ];
    }

    public static DateFinder For(KitData data) => new(CalendarWords.For(data));

    /// <summary>The calendar words this finder reads.</summary>
    public CalendarWords Words => _words;

    /// <summary>Every valid date in the text, in order, not overlapping.</summary>
    public IReadOnlyList<DateMatch> FindAll(string text, string? language = null)
    {
        var found = new List<DateMatch>();
        if (!HasYear(text)) return found;
        foreach (var re in _patterns)
            foreach (Match m in re.Matches(text))
                if (Value(m, language) is { } v) found.Add(new DateMatch(m.Index, m.Index + m.Length, v));
        var result = new List<DateMatch>();
        foreach (var d in found.OrderBy(d => d.Start).ThenByDescending(d => d.End - d.Start))
            if (result.Count == 0 || d.Start >= result[^1].End) result.Add(d);
        return result;
    }

    // every pattern needs four digits in a row (the year); \d is any Unicode decimal digit, as char.IsDigit
    private static bool HasYear(string text)
    {
        int run = 0;
        foreach (var c in text)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    private string? Value(Match m, string? language)
    {
        int y = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture), month, day;
        if (m.Groups["mon"].Success)
        {
            var name = m.Groups["mon"].Value.TrimEnd('.').ToLowerInvariant();
            month = language is not null && _byLanguage.GetOrAdd(language, _words.MonthNumbers).TryGetValue(name, out var lm) ? lm : _months[name];
            day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        }
        else if (m.Groups["a"].Success)
        {
            int a = int.Parse(m.Groups["a"].Value, CultureInfo.InvariantCulture), b = int.Parse(m.Groups["b"].Value, CultureInfo.InvariantCulture);
            bool monthFirst = a > 12 ? false : b > 12 || (language is not null && _words.Languages.TryGetValue(language, out var cl) && cl.NumericOrder == "mdy");
            (month, day) = monthFirst ? (a, b) : (b, a);
        }
        else
        {
            month = int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture);
            day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        }
        if (y < 1800 || y > 2200 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(y, month)) return null;
        var date = $"{y:D4}-{month:D2}-{day:D2}";
        if (!m.Groups["H"].Success) return date;
        int h = int.Parse(m.Groups["H"].Value, CultureInfo.InvariantCulture), mi = int.Parse(m.Groups["Mi"].Value, CultureInfo.InvariantCulture);
        if (m.Groups["ap"].Success)
        {
            if (h is < 1 or > 12) return date;
            bool pm = m.Groups["ap"].Value.Equals("p", StringComparison.OrdinalIgnoreCase);
            h = pm ? (h % 12) + 12 : h % 12;
        }
        return h < 24 && mi < 60 ? $"{date}T{h:D2}:{mi:D2}" : date;
    }
}
