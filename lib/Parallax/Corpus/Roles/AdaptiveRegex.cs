using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Parallax.Loading;

/// <summary>
/// A data-driven regular expression (paragraph-role rules, dates) that starts interpreted and is compiled in the
/// background once interpreted matching has cost about what compiling costs (about 0.1 ms per character of pattern:
/// milliseconds for a short one, a few hundred for one listing every month name): small corpora never pay for compiling, large ones match compiled
/// code, several times faster. Results are the same either way. Instances are shared by every load in the process
/// (<see cref="Get(string, RegexOptions, TimeSpan)"/>).
/// </summary>
public sealed class AdaptiveRegex
{
    private const int MaxShared = 2048;
    private static readonly ConcurrentDictionary<(string, RegexOptions, TimeSpan), AdaptiveRegex> Shared = new();

    private readonly long _compileAfterTicks;
    private volatile Regex _regex;
    private volatile bool _compiled;
    private long _spentTicks;
    private int _compiling;

    private AdaptiveRegex(string pattern, RegexOptions options, TimeSpan timeout)
    {
        _regex = new Regex(pattern, options, timeout);
        // interpreted matching time after which compiling pays: the estimated compiling time
        _compileAfterTicks = Stopwatch.Frequency * pattern.Length / 10_000;
    }

    /// <summary>The shared instance for this pattern, options and match time limit; a bad pattern throws <see cref="ArgumentException"/>.</summary>
    public static AdaptiveRegex Get(string pattern, RegexOptions options, TimeSpan timeout)
    {
        var key = (pattern, options, timeout);
        if (Shared.TryGetValue(key, out var known)) return known;
        var made = new AdaptiveRegex(pattern, options, timeout);
        return Shared.Count >= MaxShared ? made : Shared.GetOrAdd(key, made);
    }

    /// <summary>The shared instance with no match time limit (for the kit's own patterns).</summary>
    public static AdaptiveRegex Get(string pattern, RegexOptions options) => Get(pattern, options, Regex.InfiniteMatchTimeout);

    /// <summary>The regex as currently used (interpreted or compiled).</summary>
    public Regex Regex => _regex;

    public Match Match(string input)
    {
        if (_compiled) return _regex.Match(input);
        long t0 = Stopwatch.GetTimestamp();
        try { return _regex.Match(input); }
        finally { Spent(t0); }
    }

    public bool IsMatch(string input)
    {
        if (_compiled) return _regex.IsMatch(input);
        long t0 = Stopwatch.GetTimestamp();
        try { return _regex.IsMatch(input); }
        finally { Spent(t0); }
    }

    /// <summary>Every match, found before returning (as <see cref="System.Text.RegularExpressions.Regex.Matches(string)"/>).</summary>
    public MatchCollection Matches(string input)
    {
        if (_compiled) return Found(_regex.Matches(input));
        long t0 = Stopwatch.GetTimestamp();
        try { return Found(_regex.Matches(input)); }
        finally { Spent(t0); }
    }

    private static MatchCollection Found(MatchCollection m)
    {
        _ = m.Count;
        return m;
    }

    private void Spent(long since)
    {
        if (Interlocked.Add(ref _spentTicks, Stopwatch.GetTimestamp() - since) < _compileAfterTicks || Interlocked.Exchange(ref _compiling, 1) == 1) return;
        Task.Run(Compile);
    }

    /// <summary>Switches to the compiled regex now (tests; the loader lets use decide).</summary>
    internal void Compile()
    {
        var r = _regex;
        try { _regex = new Regex(r.ToString(), r.Options | RegexOptions.Compiled, r.MatchTimeout); }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or NotSupportedException) { }
        _compiled = true;
    }
}
