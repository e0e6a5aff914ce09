using System.Collections.Concurrent;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// One shared instance per distinct string (thread-safe): summaries of many articles repeat the same spellings,
/// outlets, source types and keys, and a run over 100,000 articles would otherwise hold each copy apart.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);

    /// <summary>The pooled instance equal to <paramref name="s"/>.</summary>
    public string Get(string s) => _strings.GetOrAdd(s, s);

    /// <summary>As <see cref="Get(string)"/>, null staying null.</summary>
    public string? GetOrNull(string? s) => s is null ? null : Get(s);
}
