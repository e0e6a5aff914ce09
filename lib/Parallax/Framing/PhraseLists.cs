namespace Parallax.Framing;

/// <summary>One entry of <c>event-terms.yaml</c>: a lemma, its connotation and the phrases that express it.</summary>
public sealed class EventTermEntry
{
    public string Lang { get; set; } = "";
    public string Lemma { get; set; } = "";
    public string Connotation { get; set; } = "neutral";
    public List<string> Patterns { get; set; } = [];
}

/// <summary>Schema of <c>event-terms.yaml</c>.</summary>
public sealed class EventTermList
{
    public List<EventTermEntry> Terms { get; set; } = [];

    /// <summary>The kit's list plus the corpus folder's.</summary>
    public static EventTermList For(KitData data) =>
        data.Load<EventTermList>("event-terms.yaml", (kit, user) => new EventTermList { Terms = [.. user.Terms, .. kit.Terms] });
}

/// <summary>One entry of <c>hedges.yaml</c>: a kind of certainty marker and its phrases.</summary>
public sealed class HedgeEntry
{
    public string Lang { get; set; } = "";
    public string Kind { get; set; } = "";
    public List<string> Patterns { get; set; } = [];
}

/// <summary>Schema of <c>hedges.yaml</c>.</summary>
public sealed class HedgeList
{
    public List<HedgeEntry> Hedges { get; set; } = [];

    /// <summary>The kit's list plus the corpus folder's.</summary>
    public static HedgeList For(KitData data) =>
        data.Load<HedgeList>("hedges.yaml", (kit, user) => new HedgeList { Hedges = [.. user.Hedges, .. kit.Hedges] });
}
