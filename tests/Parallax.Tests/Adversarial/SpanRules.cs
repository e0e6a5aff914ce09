using Parallax.Pipeline;

namespace Parallax.Tests.Adversarial;

/// <summary>
/// The kit's offset contract, checked on tagged documents: every span lies inside <see cref="Article.Text"/>, never
/// splits a surrogate pair, and text copied into a layer equals the text at its offsets.
/// </summary>
public static class SpanRules
{
    /// <summary>Every broken rule in one document, as readable lines (empty when all hold).</summary>
    public static List<string> Problems(Document d)
    {
        var text = d.Text;
        var problems = new List<string>();
        void Span(string what, int start, int end)
        {
            if (start < 0 || end < start || end > text.Length) problems.Add($"{d.Id}: {what} [{start}, {end}) outside text of length {text.Length}");
            else if (Splits(text, start) || Splits(text, end)) problems.Add($"{d.Id}: {what} [{start}, {end}) splits a surrogate pair");
        }
        void Same(string what, int start, int end, string copied)
        {
            if (start >= 0 && end >= start && end <= text.Length && text[start..end] != copied)
                problems.Add($"{d.Id}: {what} text '{copied}' differs from the text at [{start}, {end}): '{text[start..end]}'");
        }
        foreach (var p in d.Article.Paragraphs) Span("paragraph", p.Start, p.End);
        foreach (var m in d.Mentions) { Span("mention", m.Start, m.End); Same("mention", m.Start, m.End, m.Text); }
        foreach (var a in d.Attributions)
        {
            if (a.SourceStart >= 0 || a.SourceEnd >= 0) Span("attribution source", a.SourceStart, a.SourceEnd);
            Span("attribution content", a.ContentStart, a.ContentEnd);
            Span("attribution", a.Start, a.End);
            if (a.Via is { } via && (via < 0 || via >= d.Attributions.Count)) problems.Add($"{d.Id}: attribution via {via} is not an attribution index");
        }
        foreach (var l in d.Labels) { Span("label", l.Start, l.End); Same("label", l.Start, l.End, l.Text); }
        foreach (var h in d.Hedges) { Span("hedge", h.Start, h.End); Same("hedge", h.Start, h.End, h.Text); }
        foreach (var t in d.EventTerms) { Span("event term", t.Start, t.End); Same("event term", t.Start, t.End, t.Text); }
        return problems;
    }

    /// <summary>Every broken rule across a tagged corpus, relations' passages included.</summary>
    public static List<string> Problems(CorpusTags tags)
    {
        var problems = tags.Documents.SelectMany(Problems).ToList();
        var byId = tags.Documents.ToDictionary(d => d.Id, d => d.Text, StringComparer.Ordinal);
        foreach (var r in tags.Relations)
        {
            if (!byId.TryGetValue(r.From, out var from) || !byId.TryGetValue(r.To, out var to)) { problems.Add($"relation {r.From} → {r.To} names an unknown article"); continue; }
            foreach (var p in r.Passages)
            {
                if (!Inside(from, p.FromStart, p.FromEnd)) problems.Add($"relation {r.From} → {r.To}: passage [{p.FromStart}, {p.FromEnd}) outside or splitting {r.From}");
                if (!Inside(to, p.ToStart, p.ToEnd)) problems.Add($"relation {r.From} → {r.To}: passage [{p.ToStart}, {p.ToEnd}) outside or splitting {r.To}");
            }
        }
        return problems;
    }

    /// <summary>True when every surrogate in <paramref name="text"/> belongs to a pair.</summary>
    public static bool IsWellFormed(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return false;
        }
        return true;
    }

    /// <summary>True when offset <paramref name="i"/> falls between a high and a low surrogate.</summary>
    public static bool Splits(string text, int i) => i > 0 && i < text.Length && char.IsHighSurrogate(text[i - 1]) && char.IsLowSurrogate(text[i]);

    private static bool Inside(string text, int start, int end) =>
        start >= 0 && end >= start && end <= text.Length && !Splits(text, start) && !Splits(text, end);
}
