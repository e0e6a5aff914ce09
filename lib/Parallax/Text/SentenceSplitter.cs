namespace Parallax.Text;

/// <summary>
/// Splits a paragraph into sentences at . ! ? (and closing quotes after them) followed by a space and a capital,
/// digit or opening quote; abbreviations from <c>abbreviations.yaml</c> ("Gen.", "Col.", "U.S.") do not end sentences.
/// </summary>
public sealed class SentenceSplitter
{
    private readonly HashSet<string> _abbreviations;

    public SentenceSplitter(IEnumerable<string> abbreviations) =>
        _abbreviations = new HashSet<string>(abbreviations.Select(a => a.TrimEnd('.')), StringComparer.OrdinalIgnoreCase);

    /// <summary>The splitter with the kit's abbreviation list (plus the corpus folder's).</summary>
    public static SentenceSplitter For(KitData data) =>
        new(data.Load<AbbreviationList>("abbreviations.yaml", (kit, user) => new AbbreviationList { Abbreviations = [.. kit.Abbreviations, .. user.Abbreviations] }).Abbreviations);

    /// <summary>Sentence spans inside [start, end) of <paramref name="text"/>, trimmed.</summary>
    public IEnumerable<(int Start, int End)> Split(string text, int start, int end)
    {
        int s = start;
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (c is not ('.' or '!' or '?' or '…')) continue;
            int j = i + 1;
            while (j < end && text[j] is '"' or '”' or '’' or '\'' or '»' or ')' or '.' or '!' or '?') j++;
            if (j >= end) break;
            if (!char.IsWhiteSpace(text[j])) continue;
            int k = j;
            while (k < end && char.IsWhiteSpace(text[k])) k++;
            if (k >= end) break;
            char next = text[k];
            if (!(char.IsUpper(next) || char.IsDigit(next) || next is '"' or '“' or '«' or '‘' or '\'' or '(' || !char.IsLetter(next) && char.IsLetterOrDigit(next)))
                continue;
            if (c == '.' && EndsWithAbbreviation(text, s, i)) continue;
            yield return Trim(text, s, j);
            s = k;
            i = k - 1;
        }
        if (s < end)
        {
            var t = Trim(text, s, end);
            if (t.End > t.Start) yield return t;
        }
    }

    private bool EndsWithAbbreviation(string text, int sentenceStart, int dot)
    {
        int w = dot;
        while (w > sentenceStart && (char.IsLetter(text[w - 1]) || text[w - 1] == '.')) w--;
        var word = text[w..dot];
        if (word.Length == 0) return false;
        if (word.Length == 1 && char.IsUpper(word[0])) return true; // initials: "George W. Bush"
        return _abbreviations.Contains(word);
    }

    private static (int Start, int End) Trim(string text, int s, int e)
    {
        while (s < e && char.IsWhiteSpace(text[s])) s++;
        while (e > s && char.IsWhiteSpace(text[e - 1])) e--;
        return (s, e);
    }
}

/// <summary>Schema of <c>abbreviations.yaml</c>.</summary>
public sealed class AbbreviationList
{
    public List<string> Abbreviations { get; set; } = [];
}
