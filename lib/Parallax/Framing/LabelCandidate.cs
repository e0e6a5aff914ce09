namespace Parallax.Framing;

/// <summary>How a label relates to another actor named in or next to it.</summary>
public enum ActorRelation
{
    /// <summary>"forces opposed to X", "anti-X", "X's opposition": the label is against X.</summary>
    Opposing,
    /// <summary>"pro-X", "loyal to X", "X-backed", "X's forces", "the army of X", "X army": the label is with X.</summary>
    Supporting,
}

/// <summary>A label found in a sentence before its side is decided: token range, heads, and the clues to its side.</summary>
public sealed class LabelCandidate
{
    /// <summary>First and last token of the whole label.</summary>
    public int First { get; set; }
    public int Last { get; set; }
    /// <summary>First and last token of the head words (without determiner, modifiers or complements).</summary>
    public int CoreFirst { get; set; }
    public int CoreLast { get; set; }
    public List<HeadEntry> Heads { get; } = [];
    public string HeadText { get; set; } = "";
    public NamedGroup? Named { get; set; }
    public HashSet<string> Categories { get; } = new(StringComparer.Ordinal);
    /// <summary>Sides carried by modifiers ("Islamist").</summary>
    public List<string> ModifierSides { get; } = [];
    public List<Country> Nationalities { get; } = [];
    /// <summary>Other actors the label is for or against, as token ranges or words.</summary>
    public List<(ActorRelation Relation, IReadOnlyList<WordToken> Target)> Relations { get; } = [];
    /// <summary>"allied", "affiliated": on the side of an actor named just before.</summary>
    public bool Allied { get; set; }
    /// <summary>A capital standing for its government ("Damascus has vowed").</summary>
    public Country? CapitalOf { get; set; }

    /// <summary>True when the label can stand without a side from context.</summary>
    public bool Standalone => Named is not null || CapitalOf is not null || Heads.Any(h => h.Standalone);

    /// <summary>True when the first word is a definite article ("the army", "l'armée"): it may refer back to an actor named before.</summary>
    public bool Definite { get; set; }
}
