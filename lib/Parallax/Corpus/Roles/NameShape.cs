namespace Parallax.Loading;

/// <summary>Whether a short text looks like a person's name: a few capitalised words, maybe with particles (al, de, van).</summary>
public sealed class NameShape(IEnumerable<string> particles, IEnumerable<string> calendarWords, int maxWords)
{
    private readonly HashSet<string> _particles = particles.Select(p => p.ToLowerInvariant()).ToHashSet();
    private readonly HashSet<string> _calendar = calendarWords.Select(p => p.ToLowerInvariant()).ToHashSet();

    /// <summary>True for "Maria Lopez", "Jean-Luc de la Tour", "J. R. Smith"; false for "the Army" or "March 2020".</summary>
    /// <param name="text">The candidate.</param>
    /// <param name="max">Most words allowed (default: the layout's name_max_words).</param>
    /// <param name="cue">True when a cue such as "By" or "Author:" precedes: then one word and capitals (JANE ROE) do.</param>
    public bool IsName(string text, int? max = null, bool cue = false)
    {
        var tokens = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length < (cue ? 1 : 2) || tokens.Length > (max ?? maxWords)) return false;
        if ((!cue && _particles.Contains(tokens[0])) || _particles.Contains(tokens[^1])) return false;
        foreach (var t in tokens)
        {
            if (_particles.Contains(t)) continue;
            if (_calendar.Contains(t.TrimEnd('.').ToLowerInvariant())) return false;
            if (!char.IsUpper(t[0])) return false;
            if (!t.All(c => char.IsLetter(c) || c is '-' or '\'' or '’' or '.')) return false;
            bool initial = t.Length == 2 && t[1] == '.';
            if (!initial && !cue && !t.Any(char.IsLower)) return false;
            if (t.EndsWith('.') && !initial) return false;
        }
        return true;
    }

    /// <summary>The first name after a byline cue ("Jane Roe and John Doe, Reuters" gives "Jane Roe"), or null.</summary>
    public string? FirstName(string text)
    {
        var first = text.Split([',', ';', '|', '/', '&'], 2)[0].Trim();
        foreach (var sep in new[] { " and ", " et ", " und ", " y ", " e ", " with ", " avec ", " mit ", " con ", " com " })
        {
            int i = first.IndexOf(sep, StringComparison.OrdinalIgnoreCase);
            if (i > 0) first = first[..i].Trim();
        }
        return IsName(first, maxWords + 2, cue: true) ? first : null;
    }
}
