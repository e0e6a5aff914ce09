namespace Parallax.Loading;

/// <summary>One language's calendar words in <c>dates.yaml</c>.</summary>
public sealed class CalendarLanguage
{
    /// <summary>mdy or dmy: how to read 02/03/2020 when both numbers could be the month.</summary>
    public string NumericOrder { get; set; } = "dmy";
    /// <summary>Twelve entries, each the spellings of one month.</summary>
    public List<List<string>> Months { get; set; } = [];
    public List<string> Weekdays { get; set; } = [];
    /// <summary>Words that may surround a date in a dateline ("Published", "at", "à").</summary>
    public List<string> Fillers { get; set; } = [];
}

/// <summary>The contents of <c>dates.yaml</c>: month and weekday names and dateline words, per language.</summary>
public sealed class CalendarWords
{
    public Dictionary<string, CalendarLanguage> Languages { get; set; } = [];

    public static CalendarWords For(KitData data) => data.Load<CalendarWords>("dates.yaml", (kit, user) =>
    {
        var all = new Dictionary<string, CalendarLanguage>(kit.Languages);
        foreach (var (code, l) in user.Languages) all[code] = l;
        return new CalendarWords { Languages = all };
    });

    /// <summary>Every month spelling (lower case) with its month number; the given language's reading wins on clashes.</summary>
    public Dictionary<string, int> MonthNumbers(string? preferredLanguage = null)
    {
        var map = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (code, l) in Languages.OrderBy(kv => kv.Key == preferredLanguage ? 1 : 0))
            for (int m = 0; m < l.Months.Count && m < 12; m++)
                foreach (var name in l.Months[m]) map[name.ToLowerInvariant()] = m + 1;
        return map;
    }

    /// <summary>Every weekday spelling, lower case.</summary>
    public HashSet<string> Weekdays() => Languages.Values.SelectMany(l => l.Weekdays).Select(w => w.ToLowerInvariant()).ToHashSet();

    /// <summary>Every dateline filler word, lower case.</summary>
    public HashSet<string> Fillers() => Languages.Values.SelectMany(l => l.Fillers).Select(w => w.ToLowerInvariant()).ToHashSet();

    /// <summary>A regular-expression alternation of the given words, longest first.</summary>
    public static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(System.Text.RegularExpressions.Regex.Escape));
}
