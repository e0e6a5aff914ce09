namespace Parallax.Attribution;

/// <summary>Whether the attributed words are the source's own.</summary>
public enum QuoteKind { Direct, Indirect, Mixed }

/// <summary>
/// One attributed claim: who (source span), with which cue, what (content span), how it is quoted,
/// the source's type, the attribution it is reached through (<see cref="Via"/>, an index into the article's list)
/// and what a pronoun or description resolves to (<see cref="RefersTo"/>).
/// </summary>
public sealed record Attribution(
    string Source,
    int SourceStart,
    int SourceEnd,
    string SourceType,
    string Cue,
    QuoteKind Quote,
    int ContentStart,
    int ContentEnd,
    int? Via = null,
    string? RefersTo = null)
{
    /// <summary>Start of the whole relation (source, cue and content).</summary>
    public int Start => Math.Min(SourceStart < 0 ? int.MaxValue : SourceStart, ContentStart);
    /// <summary>End of the whole relation.</summary>
    public int End => Math.Max(SourceEnd, ContentEnd);
}
