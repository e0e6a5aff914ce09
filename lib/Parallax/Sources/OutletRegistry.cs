using Parallax.Text;

namespace Parallax.Sources;

/// <summary>
/// The registry of news outlets and agencies (<c>outlets.yaml</c>, extendable from the corpus folder).
/// Finds outlets by name or alias, and every outlet name inside a text (longest match, whole words, case-sensitive
/// on the first letter so "the reuters" in lower case prose still matches but "sputnik" the satellite does not).
/// </summary>
public sealed class OutletRegistry
{
    private readonly Dictionary<string, Outlet> _byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Words, Outlet Outlet)>> _byFirstWord = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<Outlet> All { get; }

    public OutletRegistry(IEnumerable<Outlet> outlets)
    {
        All = outlets.ToList();
        foreach (var o in All)
            foreach (var n in o.Names)
            {
                _byKey[Key(n)] = o;
                var words = Tokenizer.Tokenize(n).Select(t => t.Text).ToArray();
                if (words.Length == 0) continue;
                if (!_byFirstWord.TryGetValue(words[0], out var list)) _byFirstWord[words[0]] = list = [];
                list.Add((words, o));
            }
        foreach (var list in _byFirstWord.Values) list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
    }

    /// <summary>The kit's registry plus the corpus folder's <c>outlets.yaml</c> (user entries win on equal names).</summary>
    public static OutletRegistry For(KitData data) =>
        new(data.Load<OutletList>("outlets.yaml", (kit, user) =>
        {
            var names = user.Outlets.SelectMany(o => o.Names).Select(Key).ToHashSet();
            return new OutletList { Outlets = [.. user.Outlets, .. kit.Outlets.Where(o => !o.Names.Any(n => names.Contains(Key(n))))] };
        }).Outlets);

    /// <summary>The outlet with this name or alias ("The Times of Israel", "times of israel", "IRIB").</summary>
    public Outlet? Find(string name) => _byKey.GetValueOrDefault(Key(name));

    /// <summary>Every outlet name in [start, end) of the text, longest match first, not overlapping.</summary>
    public IEnumerable<(int Start, int End, Outlet Outlet)> FindIn(string text, int start = 0, int end = -1)
    {
        var tokens = Tokenizer.Read(text, start, end < 0 ? text.Length : end);
        for (int i = 0; i < tokens.Count; i++)
        {
            // a French elided article stays outside the name: "l'AFP", "d'Europe 1"
            int elided = ElisionLength(tokens[i].Text);
            var first = tokens[i].Text[elided..];
            if (!_byFirstWord.TryGetValue(first, out var candidates)) continue;
            foreach (var (words, outlet) in candidates)
            {
                if (i + words.Length > tokens.Count) continue;
                bool ok = true;
                for (int k = 0; k < words.Length && ok; k++)
                {
                    var t = k == 0 ? first : tokens[i + k].Text;
                    // a possessive closes the name: "Kurdistan 24's correspondent"
                    if (k == words.Length - 1 && t.Length > 2 && (t.EndsWith("'s", StringComparison.Ordinal) || t.EndsWith("’s", StringComparison.Ordinal))
                        && !string.Equals(t, words[k], StringComparison.OrdinalIgnoreCase)) t = t[..^2];
                    ok = k == 0
                        ? string.Equals(t, words[k], StringComparison.OrdinalIgnoreCase) && (char.IsUpper(t[0]) || !char.IsLetter(t[0]))
                        : string.Equals(t, words[k], StringComparison.OrdinalIgnoreCase);
                }
                if (!ok) continue;
                var last = tokens[i + words.Length - 1];
                bool possessive = (last.Text.EndsWith("'s", StringComparison.Ordinal) || last.Text.EndsWith("’s", StringComparison.Ordinal))
                    && !last.Text.EndsWith(words[^1], StringComparison.OrdinalIgnoreCase);
                int nameEnd = possessive ? last.End - 2 : last.End;
                yield return (tokens[i].Start + elided, nameEnd, outlet);
                i += words.Length - 1;
                break;
            }
        }
    }

    private static int ElisionLength(string token) =>
        token.Length > 2 && token[1] is '\'' or '’' && token[0] is 'l' or 'L' or 'd' or 'D' && char.IsUpper(token[2]) ? 2 : 0;

    /// <summary>Lookup key: case and diacritics folded, apostrophes unified, leading "the"/"le"/"la" dropped.</summary>
    public static string Key(string name)
    {
        var s = name.Trim().Replace('’', '\'').ToLowerInvariant();
        foreach (var article in new[] { "the ", "le ", "la ", "les ", "l'" })
            if (s.StartsWith(article, StringComparison.Ordinal)) { s = s[article.Length..]; break; }
        var d = s.Normalize(System.Text.NormalizationForm.FormD);
        return string.Concat(d.Where(c => char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.NonSpacingMark));
    }
}
