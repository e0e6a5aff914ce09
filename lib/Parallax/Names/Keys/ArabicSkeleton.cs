using System.Text;
using Parallax.Names.Data;

namespace Parallax.Names.Keys;

/// <summary>
/// The consonant skeleton of an Arabic-script word (Arabic, Persian, Urdu) in the letter classes of the Latin key, from
/// <c>arabic_skeleton.yaml</c>: short vowels are not written, long vowels are dropped, پ = ب, ک = ك, ی = ي.
/// </summary>
public sealed class ArabicSkeleton(ArabicSkeletonTable table)
{
    public ArabicSkeletonTable Table { get; } = table;

    public static ArabicSkeleton For(KitData data) =>
        new(data.Load<ArabicSkeletonTable>("arabic_skeleton.yaml", (k, u) => new ArabicSkeletonTable
        {
            MinConsonants = k.MinConsonants, Proclitics = [.. k.Proclitics, .. u.Proclitics], Article = k.Article,
            Letters = u.Letters.Concat(k.Letters).GroupBy(kv => kv.Key).ToDictionary(g => g.Key, g => g.First().Value),
        }));

    /// <summary>"نتنياهو" → "ntnh". The article ال is dropped; a final h is dropped as on the Latin side.</summary>
    public string Of(string word)
    {
        var w = word.StartsWith(Table.Article, StringComparison.Ordinal) && word.Length > Table.Article.Length + 2 ? word[Table.Article.Length..] : word;
        var sb = new StringBuilder();
        foreach (var c in w)
        {
            if (Table.Letters.TryGetValue(c.ToString(), out var l)) sb.Append(l);
            // diacritics (harakat), tatweel and anything else unknown are skipped
        }
        return Collapse(DropFinalH(sb.ToString()));
    }

    /// <summary>The skeleton of a Latin transliteration key: vowels, y, v dropped; z joins d; a final h dropped.</summary>
    public static string FromLatinKey(string key)
    {
        var sb = new StringBuilder(key.Length);
        foreach (var c in key)
        {
            if ("aeiouyv".Contains(c)) continue;
            sb.Append(c == 'z' ? 'd' : c);
        }
        return Collapse(DropFinalH(sb.ToString()));
    }

    private static string DropFinalH(string s) => s.Length > 1 && s[^1] == 'h' ? s[..^1] : s;

    private static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (var c in s)
            if (sb.Length == 0 || sb[^1] != c) sb.Append(c);
        return sb.ToString();
    }
}
