using System.Text.RegularExpressions;
using Parallax.Text;

namespace Parallax.Attribution;

/// <summary>
/// One sentence (or several joined by a quotation running across them) as tokens, with folded word forms for lexicon
/// matching. French inverted subject clitics ("a-t-il", "déclare-t-elle") are split off: <see cref="Folded"/> holds
/// the verb and <see cref="Clitic"/> the pronoun's offsets.
/// </summary>
public sealed partial class SentenceView
{
    public SentenceView(string text, int start, int end, int paragraph, ParagraphRole role, CueLexicon lexicon)
    {
        Text = text; Start = start; End = end; Paragraph = paragraph; Role = role; Lexicon = lexicon;
        _tokens = Tokenizer.Read(text, start, end);
        Folded = new string[_tokens.Count];
        Clitic = new (int, int)?[_tokens.Count];
        for (int i = 0; i < _tokens.Count; i++)
        {
            var f = PhraseSet.Fold(_tokens[i].Text);
            var m = f.Contains('-') ? CliticPattern().Match(f) : Match.Empty;
            if (m.Success && lexicon.CliticSubjects.Contains(m.Groups[2].Value))
            {
                f = m.Groups[1].Value;
                var g = m.Groups[2];
                Clitic[i] = (_tokens[i].Start + g.Index, _tokens[i].Start + g.Index + g.Length);
            }
            Folded[i] = f;
        }
        Bare = Folded.Select(Unelided).ToArray();
    }

    private static string Unelided(string w)
    {
        int a = w.IndexOf('\'');
        return a is 1 or 2 && a + 1 < w.Length && w[..a] is "l" or "d" or "qu" or "j" or "s" or "n" ? w[(a + 1)..] : w;
    }

    [GeneratedRegex(@"^(.+?)-(?:t-)?(il|elle|ils|elles|on)$")]
    private static partial Regex CliticPattern();

    public string Text { get; }
    public int Start { get; }
    public int End { get; }
    public int Paragraph { get; }
    public ParagraphRole Role { get; }
    public CueLexicon Lexicon { get; }
    /// <summary>The sentence's tokens (a part of the article's shared tokens: do not modify).</summary>
    public ArraySegment<Token> Tokens => _tokens;
    private readonly ArraySegment<Token> _tokens;
    public string[] Folded { get; }
    /// <summary><see cref="Folded"/> without French elided articles ("l'agence" → "agence"), for phrase lists.</summary>
    public string[] Bare { get; }
    public (int Start, int End)?[] Clitic { get; }
    public int Count => _tokens.Count;

    public bool IsWord(int i) => i >= 0 && i < Count && _tokens[i].IsWord;
    public bool IsPunct(int i) => i >= 0 && i < Count && !_tokens[i].IsWord;
    public bool Is(int i, string folded) => i >= 0 && i < Count && Folded[i] == folded;
    public bool IsCap(int i) => i >= 0 && i < Count && (_tokens[i].IsCapitalised || IsPrefixedName(_tokens[i].Text));

    /// <summary>True for a token written in capitals ("US", "IDF"): never a pronoun or a function word.</summary>
    public bool IsAcronym(int i) => i >= 0 && i < Count && _tokens[i].Text.Length >= 2 && _tokens[i].Text.All(c => char.IsUpper(c) || c == '.' || char.IsDigit(c)) && _tokens[i].Text.Count(char.IsLetter) >= 2;

    /// <summary>True for a subject or self pronoun at <paramref name="i"/> ("he", "il", "we"), not an acronym ("US").</summary>
    public bool IsPronounAt(int i, bool self = false) => i >= 0 && i < Count && !IsAcronym(i)
        && (Lexicon.IsPronoun(Folded[i]) || self && Lexicon.SelfPronouns.Contains(Folded[i]));

    /// <summary>A name behind a lower-case particle: "al-Obeidi", "ben-Ali", "ould-Abdallah".</summary>
    private bool IsPrefixedName(string t)
    {
        int dash = t.AsSpan().IndexOfAny('-', '‐');
        return dash > 0 && dash + 1 < t.Length && char.IsUpper(t[dash + 1]) && Lexicon.NamePrefixes.Contains(t[..dash]);
    }
    public bool IsComma(int i) => Is(i, ",");
    public bool IsDigit(int i) => i >= 0 && i < Count && char.IsDigit(_tokens[i].Text[0]);

    /// <summary>True for a quotation mark token.</summary>
    public bool IsQuoteMark(int i) => i >= 0 && i < Count && _tokens[i].Text is "\"" or "“" or "”" or "«" or "»" or "‘" or "’" or "„" or "‹" or "›";

    /// <summary>True for an opening quotation mark token.</summary>
    public bool IsOpenQuote(int i) => i >= 0 && i < Count && (_tokens[i].Text is "“" or "«" or "‘" or "„" or "‹"
        || _tokens[i].Text == "\"" && (i == 0 || _tokens[i - 1].End < _tokens[i].Start) && i + 1 < Count && _tokens[i + 1].Start == _tokens[i].End);

    /// <summary>Offset of the start of token <paramref name="i"/> (the sentence end when past the last token).</summary>
    public int StartOf(int i) => i < Count ? _tokens[i].Start : End;

    /// <summary>Offset of the end of token <paramref name="i"/>.</summary>
    public int EndOf(int i) => i >= 0 ? _tokens[i].End : Start;

    /// <summary>Text of tokens [from, to).</summary>
    public string Span(int from, int to) => from >= to ? "" : Text[_tokens[from].Start.._tokens[to - 1].End];

    /// <summary>Words of tokens [from, to) folded.</summary>
    public IReadOnlyList<string> FoldedList => Folded;
}
