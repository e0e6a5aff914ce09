namespace Parallax.Framing;

/// <summary>Spans of text inside quotation marks (“…”, «…», "…", ‘…’), marks included, found paragraph by paragraph.</summary>
public static class QuoteSpans
{
    public static List<(int Start, int End)> Find(string text, IEnumerable<Paragraph> paragraphs)
    {
        var spans = new List<(int, int)>();
        foreach (var p in paragraphs) Find(text, p.Start, p.End, spans);
        return spans;
    }

    /// <summary>Quotation spans in [start, end) of the text.</summary>
    public static void Find(string text, int start, int end, List<(int Start, int End)> spans)
    {
        int open = -1;
        char close = '\0';
        for (int i = start; i < end; i++)
        {
            char c = text[i];
            if (open < 0)
            {
                if (c is '“' or '«' or '„') { open = i; close = c == '«' ? '»' : '”'; }
                else if (c == '"') { open = i; close = '"'; }
                else if (c == '‘' && (i == start || !char.IsLetterOrDigit(text[i - 1]))) { open = i; close = '’'; }
            }
            else if (c == close && (close != '’' || i + 1 >= end || !char.IsLetter(text[i + 1])))
            {
                spans.Add((open, i + 1));
                open = -1;
            }
        }
        if (open >= 0 && close != '’') spans.Add((open, end));
    }

    /// <summary>The quotation span that contains [start, end), if any.</summary>
    public static (int Start, int End)? Containing(IReadOnlyList<(int Start, int End)> spans, int start, int end)
    {
        foreach (var q in spans)
            if (q.Start <= start && end <= q.End) return q;
        return null;
    }
}
