using Parallax.Names;

namespace Parallax.Attribution;

/// <summary>
/// What the article says each named person is, from titles before names ("President X", "Chile's Foreign Minister X",
/// "journalist X") and appositives after them ("X, a Turkish journalist, ..."), plus titles the names layer found.
/// Keyed by the name's last word, so "Varga" inherits what was said of its full name and the other way round.
/// </summary>
public sealed class PersonRoles
{
    private readonly Dictionary<string, string> _type = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _full = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _description = new(StringComparer.Ordinal);

    /// <summary>"journalist" or "official" for a name or its last word, or null.</summary>
    public string? TypeOf(string name) => _type.GetValueOrDefault(Key(name));

    /// <summary>The longest form of a name seen in the article ("Varga" → "Tomas Varga").</summary>
    public string FullName(string name) => _full.TryGetValue(Key(name), out var f) && f.Length > name.Length ? f : name;

    /// <summary>Words said of the person (title and appositive), folded, for matching descriptions ("the Turkish journalist").</summary>
    public string DescriptionOf(string name) => _description.GetValueOrDefault(Key(name)) ?? "";

    private static string Key(string name)
    {
        // the last word between spaces
        int e = name.Length;
        while (e > 0 && name[e - 1] == ' ') e--;
        var last = e == 0 ? name : name[(name.LastIndexOf(' ', e - 1) + 1)..e];
        if (last.EndsWith("'s", StringComparison.Ordinal) || last.EndsWith("’s", StringComparison.Ordinal)) last = last[..^2];
        return PhraseSet.Fold(last);
    }

    public static PersonRoles Build(IEnumerable<SentenceView> sentences, SourceLexicon lex, IReadOnlyList<Mention> mentions)
    {
        var roles = new PersonRoles();
        foreach (var m in mentions.Where(m => m.Kind == MentionKind.Person))
        {
            roles.Note(m.Text, null, "");
            if (m.Title is { } t) roles.Note(m.Text, TitleType(lex, t), PhraseSet.Fold(t));
        }
        foreach (var s in sentences) roles.Scan(s, lex);
        return roles;
    }

    private static string? TitleType(SourceLexicon lex, string title)
    {
        var words = Parallax.Text.Tokenizer.Tokenize(title).Select(t => PhraseSet.Fold(t.Text)).ToList();
        if (lex.JournalistTitles.OccursIn(words, 0, words.Count)) return "journalist";
        if (lex.OfficialTitles.OccursIn(words, 0, words.Count)) return "official";
        return null;
    }

    private void Note(string name, string? type, string description)
    {
        var key = Key(name);
        if (type is not null) _type.TryAdd(key, type);
        if (!_full.TryGetValue(key, out var f) || name.Length > f.Length) _full[key] = name;
        if (description.Length > 0) _description[key] = (_description.GetValueOrDefault(key) + " " + description).Trim();
    }

    private void Scan(SentenceView s, SourceLexicon lex)
    {
        var f = s.FoldedList;
        for (int i = 0; i < s.Count; i++)
        {
            if (!IsNameWord(s, i)) continue;
            int j = i;
            while (j < s.Count && IsNameWord(s, j)) j++;
            // titles inside the capitalised run: "Sweden's Foreign Minister Jan Berg"
            int nameFrom = i;
            string? type = null;
            string desc = "";
            for (int k = i; k < j; k++)
            {
                int n = Math.Max(lex.OfficialTitles.MatchAt(f, k, j), lex.JournalistTitles.MatchAt(f, k, j));
                if (n == 0) continue;
                type = lex.JournalistTitles.MatchAt(f, k, j) == n ? "journalist" : "official";
                desc = s.Span(i, k + n).ToLowerInvariant();
                nameFrom = k + n;
                k += n - 1;
            }
            // a lower-case title just before: "journalist Anna Berg"
            if (type is null && i > 0)
                for (int k = Math.Max(0, i - 3); k < i; k++)
                {
                    if (lex.JournalistTitles.MatchAt(f, k, i) == i - k) { type = "journalist"; desc = s.Span(k, i); }
                    else if (lex.OfficialTitles.MatchAt(f, k, i) == i - k) { type = "official"; desc = s.Span(k, i); }
                }
            if (nameFrom < j && j - nameFrom <= 4)
            {
                var name = s.Span(nameFrom, j);
                // an appositive after: "X, a Turkish journalist whose ..., said"
                if (s.IsComma(j) && j + 1 < s.Count && s.Lexicon.AppositiveOpeners.Contains(f[j + 1]))
                {
                    int end = j + 1;
                    while (end < s.Count && !s.IsComma(end) && !s.Is(end, ".") && end - j < 16) end++;
                    if (lex.JournalistTitles.OccursIn(f, j + 1, end)) type ??= "journalist";
                    else if (lex.OfficialTitles.OccursIn(f, j + 1, end) || lex.MemberTitles.OccursIn(f, j + 1, end) && lex.Legislatures.OccursIn(f, j + 1, end)) type ??= "official";
                    desc += " " + string.Join(' ', f.Skip(j + 1).Take(end - j - 1));
                }
                if (type is not null) Note(name, type, PhraseSet.Fold(desc));
                else if (j - nameFrom >= 2) Note(name, null, "");
            }
            i = j - 1;
        }
    }

    private static bool IsNameWord(SentenceView s, int i) =>
        s.IsWord(i) && HasUpper(s.Tokens[i].Text) && !s.Lexicon.TimeWords.Contains(s.Folded[i]) && !s.Lexicon.Determiners.Contains(s.Folded[i])
        && !s.Lexicon.Boundaries.Contains(s.Folded[i]) && !s.Lexicon.IsPronoun(s.Folded[i]);

    private static bool HasUpper(string word)
    {
        foreach (var c in word)
            if (char.IsUpper(c)) return true;
        return false;
    }
}
