namespace Parallax.Attribution;

/// <summary>
/// A source noun phrase: tokens [TokenStart, TokenEnd) of its sentence, its text offsets, and an appositive describing
/// it ("Nasser, a Lebanese journalist, ...") when there is one.
/// </summary>
public sealed record SourcePhrase(int TokenStart, int TokenEnd, int Start, int End, string Text)
{
    /// <summary>Offsets of an appositive that describes the source, or (-1, -1).</summary>
    public (int Start, int End) Appositive { get; init; } = (-1, -1);

    /// <summary>A pronoun source taken from a French inverted clitic ("a-t-il déclaré").</summary>
    public bool IsClitic { get; init; }

    /// <summary>A source made from a sentence's tokens.</summary>
    public static SourcePhrase Of(SentenceView s, int from, int to) =>
        new(from, to, s.StartOf(from), s.EndOf(to - 1), s.Span(from, to));
}
