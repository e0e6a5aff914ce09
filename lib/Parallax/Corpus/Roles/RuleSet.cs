using System.Text;
using System.Text.RegularExpressions;

namespace Parallax.Loading;

/// <summary>
/// The pattern rules of one role asked together ("does any rule match?"): rules anchored at the start of the paragraph
/// (<c>^...</c>) with the same word limit and zone are joined into one alternation, so a paragraph costs one match at
/// its first character per group instead of one per rule. Unanchored rules are asked one by one (joined, they would
/// lose each rule's fast search for its first character). A rule whose pattern refers to its own groups
/// (backreferences, conditionals) or may hold comments is asked alone, and a group whose match runs out of time is
/// asked rule by rule, as if it had never been joined.
/// </summary>
public sealed class RuleSet
{
    private readonly List<Group> _groups = [];

    public RuleSet(IReadOnlyList<CompiledRule> rules)
    {
        Rules = rules;
        // a rule that cannot be joined is a group of its own (keyed by its position)
        foreach (var g in rules.Select((r, i) => (Rule: r, Alone: Joinable(r.Pattern) ? -1 : i)).GroupBy(x => (x.Rule.MaxWords, x.Rule.ZoneName, x.Alone), x => x.Rule))
        {
            var members = g.ToList();
            AdaptiveRegex? joined = null;
            if (members.Count > 1)
            {
                var pattern = string.Join('|', members.Select(r => "(?:" + r.Pattern + ")"));
                try { joined = AdaptiveRegex.Get(pattern, CompiledRule.Options, CompiledRule.TimeLimit); }
                catch (ArgumentException) { joined = null; }
            }
            if (joined is null) foreach (var r in members) _groups.Add(new Group(r, [r], null));
            else _groups.Add(new Group(members[0], members, joined));
        }
    }

    /// <summary>The rules, in the order written.</summary>
    public IReadOnlyList<CompiledRule> Rules { get; }

    /// <summary>True when some rule matches the paragraph (its word limit and zone allowing).</summary>
    public bool Any(string paragraph, int words, Zone zone)
    {
        foreach (var g in _groups)
        {
            if (!g.First.Applies(words, zone)) continue;
            if (g.Joined is null) { if (g.First.Match(paragraph, words, zone) is not null) return true; continue; }
            try { if (g.Joined.IsMatch(paragraph)) return true; }
            catch (RegexMatchTimeoutException)
            {
                foreach (var r in g.Rules) if (r.Match(paragraph, words, zone) is not null) return true;
            }
        }
        return false;
    }

    private sealed record Group(CompiledRule First, List<CompiledRule> Rules, AdaptiveRegex? Joined);

    // Joining changes group numbers and shares option scopes: leave alone patterns that refer to their groups
    // (\1, \k<name>, \<name>, \'name'), test conditions, or could hide the closing parenthesis in a comment.
    private static bool Joinable(string pattern)
    {
        if (!Anchored(pattern) || pattern.Contains('#') || pattern.Contains("(?(", StringComparison.Ordinal)) return false;
        for (int i = 0; i + 1 < pattern.Length; i++)
        {
            if (pattern[i] != '\\') continue;
            char next = pattern[++i];
            if (next is (>= '1' and <= '9') or 'k' or '<' or '\'') return false;
        }
        return true;
    }

    /// <summary>True when the pattern starts with ^ and has no alternative outside parentheses (every match starts at 0).</summary>
    private static bool Anchored(string pattern)
    {
        if (!pattern.StartsWith('^')) return false;
        int depth = 0;
        bool inClass = false;
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            if (c == '\\') { i++; continue; }
            if (inClass) { if (c == ']') inClass = false; continue; }
            if (c == '[') { inClass = true; if (i + 1 < pattern.Length && pattern[i + 1] == '^') i++; if (i + 1 < pattern.Length && pattern[i + 1] == ']') i++; continue; }
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (c == '|' && depth == 0) return false;
        }
        return true;
    }
}
