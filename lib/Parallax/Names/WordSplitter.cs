using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Names;

/// <summary>
/// Turns the tokens of a span into <see cref="NameWord"/>s: drops French elisions ("d’Imad" → "Imad", "l’Iran" →
/// "Iran") and possessives ("Iran’s", "Corps’"), keeps Arabic articles joined ("al-Qaddafi"), and cuts lower-case hyphen
/// parts ("Iran-backed" → "Iran", "pro-Kremlin" → "Kremlin"). Punctuation tokens only show in the gaps between words.
/// </summary>
public static partial class WordSplitter
{
    [GeneratedRegex(@"^(?:[dlDLjJnNsScCmMtT]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)")]
    private static partial Regex Elision();

    /// <summary>Words of [start, end) of the text.</summary>
    public static List<NameWord> Split(string text, int start, int end, ISet<string> articles)
    {
        var tokens = Tokenizer.Read(text, start, end);
        var words = new List<NameWord>(tokens.Count);
        int prevEnd = start;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (!t.IsWord) continue;
            int s = t.Start, e = t.End;
            bool apostrophe = t.Text.AsSpan().IndexOfAny('\'', '’') >= 0;
            // French elision before a capital, or before any word in lower-case running text ("d’élite" stays a common word)
            if (apostrophe && Elision().Match(t.Text) is { Success: true } m && s + m.Length < e && char.IsUpper(text[s + m.Length])) s += m.Length;
            bool possessive = false;
            if (apostrophe && e - s > 2 && text[e - 1] is 's' or 'S' && text[e - 2] is '\'' or '’') { e -= 2; possessive = true; }
            else if (i + 1 < tokens.Count && tokens[i + 1].Start == e && tokens[i + 1].Text is "’" or "'"
                     && (i + 2 >= tokens.Count || tokens[i + 2].Start > tokens[i + 1].End) && text[e - 1] is 's' or 'S')
                possessive = true;
            if (text.AsSpan(s, e - s).IndexOfAny('-', '‐') < 0)
            {
                words.Add(new NameWord(s, e, s == t.Start && e == t.End ? t.Text : text[s..e], possessive, TextPiece.Of(text, prevEnd, s)));
                prevEnd = e;
                continue;
            }
            foreach (var (ps2, pe2) in HyphenParts(text, s, e, articles))
            {
                words.Add(new NameWord(ps2, pe2, text[ps2..pe2], possessive && pe2 == e, TextPiece.Of(text, prevEnd, ps2)));
                prevEnd = pe2;
            }
        }
        return words;
    }

    // "Iran-backed" → [Iran]; "al-Qaddafi" → [al-Qaddafi]; "Jean-Pierre" → [Jean-Pierre]; "pro-Kremlin" → [Kremlin];
    // "de-escalation" → [de-escalation] (all lower case: a common word, kept whole).
    private static IEnumerable<(int, int)> HyphenParts(string text, int s, int e, ISet<string> articles)
    {
        var parts = new List<(int S, int E)>();
        int ps = s;
        for (int i = s; i < e; i++)
            if (text[i] is '-' or '‐') { parts.Add((ps, i)); ps = i + 1; }
        parts.Add((ps, e));
        if (parts.Count == 1) { yield return (s, e); yield break; }
        bool Cap((int S, int E) p) => p.E > p.S && char.IsUpper(text[p.S]);
        bool Article((int S, int E) p) => articles.Contains(text[p.S..p.E]);
        if (!parts.Any(Cap)) { yield return (s, e); yield break; }
        // keep runs of capitalised parts and articles, drop other lower-case parts
        int runStart = -1, runEnd = -1;
        for (int k = 0; k < parts.Count; k++)
        {
            var p = parts[k];
            bool keep = Cap(p) || (Article(p) && k + 1 < parts.Count && Cap(parts[k + 1]));
            if (keep)
            {
                if (runStart < 0) runStart = p.S;
                runEnd = p.E;
            }
            else if (runStart >= 0)
            {
                yield return (runStart, runEnd);
                runStart = -1;
            }
        }
        if (runStart >= 0) yield return (runStart, runEnd);
    }
}
