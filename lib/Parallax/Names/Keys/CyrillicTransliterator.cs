using System.Text;
using Parallax.Names.Data;

namespace Parallax.Names.Keys;

/// <summary>Cyrillic to Latin letters from <c>cyrillic.yaml</c>, after Russian case endings of names are put back to the nominative.</summary>
public sealed class CyrillicTransliterator(CyrillicTable table)
{
    private readonly List<KeyValuePair<string, string>> _endings = [.. table.Endings.OrderByDescending(e => e.Key.Length)];

    public static CyrillicTransliterator For(KitData data) =>
        new(data.Load<CyrillicTable>("cyrillic.yaml", (k, u) => new CyrillicTable
        {
            Letters = u.Letters.Concat(k.Letters).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.First().Value),
            Endings = u.Endings.Concat(k.Endings).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.First().Value),
        }));

    /// <summary>"Зеленского" → "zelenskiy".</summary>
    public string ToLatin(string word)
    {
        var w = word.ToLowerInvariant();
        foreach (var (ending, nominative) in _endings)
            if (w.Length > ending.Length + 2 && w.EndsWith(ending, StringComparison.Ordinal)) { w = w[..^ending.Length] + nominative; break; }
        var sb = new StringBuilder(w.Length + 4);
        foreach (var c in w)
            sb.Append(table.Letters.TryGetValue(c.ToString(), out var l) ? l : c.ToString());
        return sb.ToString();
    }
}
