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

/// <summary>A pattern rule ready to match: regex (shared, see <see cref="AdaptiveRegex"/>) with a match time limit, word limit, zone.</summary>
public sealed class CompiledRule
{
    /// <summary>Match time limit of one rule (wall time).</summary>
    public static readonly TimeSpan TimeLimit = TimeSpan.FromSeconds(1);

    private readonly AdaptiveRegex _regex;

    /// <param name="rule">The rule as written.</param>
    /// <param name="placeholders">Texts for {month} and {weekday}.</param>
    /// <param name="file">Data file named in errors.</param>
    public CompiledRule(RoleRule rule, IReadOnlyDictionary<string, string> placeholders, string file)
    {
        Pattern = placeholders.Aggregate(rule.Pattern, (p, kv) => p.Replace("{" + kv.Key + "}", kv.Value, StringComparison.Ordinal));
        try { _regex = AdaptiveRegex.Get(Pattern, Options, TimeLimit); }
        catch (ArgumentException e) { throw new CorpusException(file, $"bad pattern '{rule.Pattern}': {e.Message}", field: "pattern"); }
        MaxWords = rule.MaxWords;
        ZoneName = rule.Zone;
        if (ZoneName is not ("any" or "header" or "footer" or "edge"))
            throw new CorpusException(file, $"unknown zone '{ZoneName}' (any, header, footer, edge) for pattern '{rule.Pattern}'", field: "zone");
    }

    /// <summary>Options every rule is matched with.</summary>
    public const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    /// <summary>The pattern with placeholders filled in.</summary>
    public string Pattern { get; }

    /// <summary>The word limit, if any.</summary>
    public int? MaxWords { get; }

    /// <summary>any, header, footer or edge.</summary>
    public string ZoneName { get; }

    /// <summary>True when the word limit and zone let the rule try this paragraph.</summary>
    public bool Applies(int words, Zone zone)
    {
        if (MaxWords is { } max && words > max) return false;
        return ZoneName switch
        {
            "header" => zone.HasFlag(Zone.Header),
            "footer" => zone.HasFlag(Zone.Footer),
            "edge" => zone != Zone.Middle,
            _ => true,
        };
    }

    /// <summary>The match on the paragraph, or null when the rule does not apply.</summary>
    public Match? Match(string paragraph, int words, Zone zone)
    {
        if (!Applies(words, zone)) return null;
        var m = Retried(_regex, paragraph);
        return m.Success ? m : null;
    }

    /// <summary>
    /// Matches with the regex's time limit; the limit is wall time, so on a busy machine a plain match can pass it: a
    /// timeout is tried once more with a long limit.
    /// </summary>
    public static Match Retried(AdaptiveRegex regex, string input)
    {
        try { return regex.Match(input); }
        catch (RegexMatchTimeoutException)
        {
            var r = regex.Regex;
            return new Regex(r.ToString(), r.Options & ~RegexOptions.Compiled, TimeSpan.FromSeconds(30)).Match(input);
        }
    }
}
