using System.Text.RegularExpressions;

namespace Parallax.Attribution;

/// <summary>
/// The dateline that opens a wire story's first paragraph: a place in capitals, optionally a country or date and the
/// agency in parentheses, then a dash ("BEIRUT, March 3 (Reuters) - ", "MOSSOUL (Irak), 12 juin (AFP) — ",
/// "BEYROUTH — "). It belongs to no attributed claim.
/// </summary>
public static partial class DatelinePrefix
{
    [GeneratedRegex(@"\G\p{Lu}[\p{Lu}'’.\-]+(?: [\p{Lu}'’.\-]+){0,3}(?: ?\([^()\n]{1,40}\))?(?:, ?[^,\n—–()]{1,30}){0,2}(?: ?\([^()\n]{1,40}\))? ?[-—–]+ ")]
    private static partial Regex Pattern();

    /// <summary>Where the text after a dateline starting at <paramref name="start"/> begins, or <paramref name="start"/> when there is none.</summary>
    public static int Skip(string text, int start, int end)
    {
        var m = Pattern().Match(text, start, Math.Min(end, start + 120) - start);
        return m.Success && m.Index == start && start + m.Length < end ? start + m.Length : start;
    }
}
