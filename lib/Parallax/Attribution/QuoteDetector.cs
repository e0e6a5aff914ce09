namespace Parallax.Attribution;

/// <summary>A quotation: [Start, End) includes its marks; <see cref="Depth"/> 0 for an outer quotation, 1 for one nested in it.</summary>
public sealed record QuoteSpan(int Start, int End, int Depth);

/// <summary>
/// Finds quotations in a paragraph: straight double quotes, curly double and single quotes, guillemets (« », ‹ ›) and
/// low-high German quotes, nested in one another, running across sentences. A quotation still open at the paragraph's
/// end runs to that end (the convention for quotations over several paragraphs). Apostrophes are not quotes.
/// </summary>
public static class QuoteDetector
{
    public static IReadOnlyList<QuoteSpan> Find(string text, int start, int end)
    {
        var spans = new List<QuoteSpan>();
        var open = new Stack<(int At, char Mark)>();
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            char prev = i > start ? text[i - 1] : ' ';
            char next = i + 1 < end ? text[i + 1] : ' ';
            switch (c)
            {
                case '“' when open.Count > 0 && open.Peek().Mark == '„':
                case '”' or '»' or '›':
                    Close(open, spans, i, Opener(c, open));
                    break;
                case '“' or '«' or '„' or '‹':
                    open.Push((i, c));
                    break;
                case '‘' when IsOpeningContext(prev) && !char.IsWhiteSpace(next):
                    open.Push((i, c));
                    break;
                case '’' when open.Any(o => o.Mark == '‘') && !char.IsLetter(next):
                    Close(open, spans, i, '‘');
                    break;
                case '"':
                    if (open.Any(o => o.Mark == '"') && !(IsOpeningContext(prev) && char.IsLetterOrDigit(next) && open.Peek().Mark != '"'))
                        Close(open, spans, i, '"');
                    else if (!char.IsWhiteSpace(next) || IsOpeningContext(prev))
                        open.Push((i, c));
                    break;
            }
        }
        while (open.Count > 0)
        {
            var (at, _) = open.Pop();
            spans.Add(new QuoteSpan(at, end, open.Count));
        }
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static char Opener(char closer, Stack<(int At, char Mark)> open) => closer switch
    {
        '”' => open.Any(o => o.Mark == '“') ? '“' : open.Any(o => o.Mark == '„') ? '„' : '"',
        '“' => '„',
        '»' => '«',
        _ => '‹',
    };

    private static bool IsOpeningContext(char prev) => char.IsWhiteSpace(prev) || prev is '(' or '[' or '—' or '–' or '-' or '“' or '«' or '"' or ':' or '/';

    private static void Close(Stack<(int At, char Mark)> open, List<QuoteSpan> spans, int at, char opener)
    {
        if (!open.Any(o => o.Mark == opener)) return;
        while (open.Count > 0)
        {
            var (s, m) = open.Pop();
            spans.Add(new QuoteSpan(s, at + 1, open.Count));
            if (m == opener) return;
        }
    }

    /// <summary>How much of [start, end) is quoted: inside one quotation (direct), partly (mixed) or not (indirect).</summary>
    public static QuoteKind Classify(IReadOnlyList<QuoteSpan> quotes, string text, int start, int end)
    {
        while (start < end && (char.IsWhiteSpace(text[start]) || text[start] is ',' or ':' or ';')) start++;
        while (end > start && (char.IsWhiteSpace(text[end - 1]) || text[end - 1] is '.' or ',' or ';' or ':')) end--;
        if (end <= start) return QuoteKind.Indirect;
        bool any = false;
        foreach (var q in quotes)
        {
            if (q.Depth > 0) continue;
            if (q.Start <= start + 1 && q.End >= end - 1 && q.End - q.Start >= (end - start) / 2) return QuoteKind.Direct;
            if (q.Start < end && q.End > start) any = true;
        }
        return any ? QuoteKind.Mixed : QuoteKind.Indirect;
    }
}
