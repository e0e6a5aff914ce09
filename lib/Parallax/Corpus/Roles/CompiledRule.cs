using System.Text.RegularExpressions;

namespace Parallax.Loading;

/// <summary>Where in the article a paragraph sits relative to the body.</summary>
[Flags]
public enum Zone
{
    /// <summary>Between the first and last body-like paragraphs.</summary>
    Middle = 0,
    /// <summary>Before the first body-like paragraph.</summary>
    Header = 1,
    /// <summary>After the last body-like paragraph.</summary>
    Footer = 2,
}

/// <summary>A pattern rule ready to match: compiled regex, word limit, zone.</summary>
public sealed class CompiledRule
{
    private readonly Regex _regex;
    private readonly int? _maxWords;
    private readonly string _zone;

    /// <param name="rule">The rule as written.</param>
    /// <param name="placeholders">Texts for {month} and {weekday}.</param>
    /// <param name="file">Data file named in errors.</param>
    public CompiledRule(RoleRule rule, IReadOnlyDictionary<string, string> placeholders, string file)
    {
        var pattern = placeholders.Aggregate(rule.Pattern, (p, kv) => p.Replace("{" + kv.Key + "}", kv.Value, StringComparison.Ordinal));
        try { _regex = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)); }
        catch (ArgumentException e) { throw new CorpusException(file, $"bad pattern '{rule.Pattern}': {e.Message}", field: "pattern"); }
        _maxWords = rule.MaxWords;
        _zone = rule.Zone;
        if (_zone is not ("any" or "header" or "footer" or "edge"))
            throw new CorpusException(file, $"unknown zone '{_zone}' (any, header, footer, edge) for pattern '{rule.Pattern}'", field: "zone");
    }

    /// <summary>The match on the paragraph, or null when the rule does not apply.</summary>
    public Match? Match(string paragraph, int words, Zone zone)
    {
        if (_maxWords is { } max && words > max) return null;
        bool zoneOk = _zone switch
        {
            "header" => zone.HasFlag(Zone.Header),
            "footer" => zone.HasFlag(Zone.Footer),
            "edge" => zone != Zone.Middle,
            _ => true,
        };
        if (!zoneOk) return null;
        Match m;
        // the time limit is wall time: on a busy machine a plain match can pass it, so a timeout is tried once more with a long limit
        try { m = _regex.Match(paragraph); }
        catch (RegexMatchTimeoutException) { m = new Regex(_regex.ToString(), _regex.Options, TimeSpan.FromSeconds(30)).Match(paragraph); }
        return m.Success ? m : null;
    }
}
