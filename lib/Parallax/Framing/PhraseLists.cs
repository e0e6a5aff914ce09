namespace Parallax.Framing;

/// <summary>One entry of <c>event-terms.yaml</c>: a lemma, its connotation and the phrases that express it.</summary>
public sealed class EventTermEntry
{
    public string Lang { get; set; } = "";
    public string Lemma { get; set; } = "";
    public string Connotation { get; set; } = "neutral";
    public List<string> Patterns { get; set; } = [];
}

/// <summary>A phrase after a death term stating its cause or agent ("killed by", "while fighting", "tué par").</summary>
public sealed class CauseEntry
{
    public string Lang { get; set; } = "";
    /// <summary>agent, combat, attack, strike, shooting, blame.</summary>
    public string Manner { get; set; } = "agent";
    /// <summary>Most tokens between the death term and the phrase.</summary>
    public int Reach { get; set; } = 3;
    /// <summary>Words one of which must stand shortly before the death term ("attributed ... death to").</summary>
    public List<string> After { get; set; } = [];
    public List<string> Patterns { get; set; } = [];
}

/// <summary>Schema of <c>event-terms.yaml</c>.</summary>
public sealed class EventTermList
{
    public List<EventTermEntry> Terms { get; set; } = [];
    public List<CauseEntry> Causes { get; set; } = [];
    public List<string> AgentInstruments { get; set; } = [];
    public List<string> AgentPeople { get; set; } = [];

    /// <summary>The kit's list plus the corpus folder's.</summary>
    public static EventTermList For(KitData data) =>
        data.Load<EventTermList>("event-terms.yaml", (kit, user) => new EventTermList
        {
            Terms = [.. user.Terms, .. kit.Terms],
            Causes = [.. user.Causes, .. kit.Causes],
            AgentInstruments = [.. kit.AgentInstruments, .. user.AgentInstruments],
            AgentPeople = [.. kit.AgentPeople, .. user.AgentPeople],
        });
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
