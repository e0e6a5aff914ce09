namespace Parallax.Framing;

/// <summary>
/// A noun phrase that names a side (opposition, government, foreign backer, other), with its frame categories.
/// <see cref="QuotedFrom"/> is the index of the attribution whose quotation contains it: then the words are the source's, not the outlet's.
/// </summary>
public sealed record ActorLabel(int Start, int End, string Text, string Head, string Actor, IReadOnlyList<string> Categories, int? QuotedFrom = null)
{
    /// <summary>True when the label stands inside quotation marks (or a direct quote), whether or not its attribution is known.</summary>
    public bool InQuotation { get; init; }
}
