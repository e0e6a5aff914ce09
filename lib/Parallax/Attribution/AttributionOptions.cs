namespace Parallax.Attribution;

/// <summary>Choices of the attribution tagger.</summary>
public sealed record AttributionOptions
{
    /// <summary>
    /// Keep hedged claims with no source at all ("reportedly", "is said to", French hearsay conditional) as
    /// attributions of type <c>unattributed</c>. Off by default: the framing layer counts them as hedges, and the gold
    /// annotation keeps only unsourced claims that name something ("by other estimates").
    /// </summary>
    public bool KeepUnsourcedHedges { get; init; }

    public static AttributionOptions Default { get; } = new();
}
