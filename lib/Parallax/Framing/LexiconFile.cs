namespace Parallax.Framing;

/// <summary>A word that names a side ("rebels", "regime", "forces").</summary>
public sealed class HeadEntry
{
    public List<string> Forms { get; set; } = [];
    /// <summary>opposition, government, foreign-backer, other, or context (decided by the words around it).</summary>
    public string Side { get; set; } = "context";
    public List<string> Categories { get; set; } = [];
    /// <summary>False when the word names an actor only with context ("groups opposing X").</summary>
    public bool Standalone { get; set; } = true;
    /// <summary>True when the word can stand before a noun or name ("opposition groups").</summary>
    public bool Attributive { get; set; }
}

/// <summary>A named armed group ("Hayat Tahrir al-Sham", "HTS").</summary>
public sealed class NamedGroup
{
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string Side { get; set; } = "other";
    public List<string> Categories { get; set; } = [];
}

/// <summary>A modifier that carries a frame ("Islamist", "armed", "embattled").</summary>
public sealed class ModifierEntry
{
    public List<string> Forms { get; set; } = [];
    public string? Side { get; set; }
    public List<string> Categories { get; set; } = [];
}

/// <summary>A hyphenated modifier pattern ("X-backed", "anti-X") and the relation it states to X.</summary>
public sealed class AffixEntry
{
    public string? Suffix { get; set; }
    public string? Prefix { get; set; }
    public List<string> Categories { get; set; } = [];
    /// <summary>opposing, supporting, supported-by, or null.</summary>
    public string? Relation { get; set; }
}

/// <summary>Phrases that relate a label to another actor.</summary>
public sealed class RelationWords
{
    public List<string> Opposing { get; set; } = [];
    public List<string> Supporting { get; set; } = [];
    public List<string> Of { get; set; } = [];
}

/// <summary>Schema of <c>lexicon.yaml</c>.</summary>
public sealed class LexiconFile
{
    public string Name { get; set; } = "";
    /// <summary>In a corpus folder's lexicon: replace the kit's lexicon instead of extending it.</summary>
    public bool Replace { get; set; }
    public List<HeadEntry> Heads { get; set; } = [];
    public List<NamedGroup> Named { get; set; } = [];
    public List<ModifierEntry> Modifiers { get; set; } = [];
    public List<AffixEntry> Affixes { get; set; } = [];
    public List<string> Fillers { get; set; } = [];
    public List<string> Tails { get; set; } = [];
    public RelationWords Relations { get; set; } = new();
    public List<string> RulerTitles { get; set; } = [];
    public List<string> Rulers { get; set; } = [];
    public List<string> Stopwords { get; set; } = [];
    public List<string> Determiners { get; set; } = [];
    public List<string> Prepositions { get; set; } = [];

    /// <summary>The kit's lexicon extended (user entries first, so they win) or replaced by the user's.</summary>
    public static LexiconFile Merge(LexiconFile kit, LexiconFile user)
    {
        if (user.Replace) return user;
        return new LexiconFile
        {
            Name = string.IsNullOrEmpty(user.Name) ? kit.Name : $"{kit.Name} + {user.Name}",
            Heads = [.. user.Heads, .. kit.Heads],
            Named = [.. user.Named, .. kit.Named],
            Modifiers = [.. user.Modifiers, .. kit.Modifiers],
            Affixes = [.. user.Affixes, .. kit.Affixes],
            Fillers = [.. kit.Fillers, .. user.Fillers],
            Tails = [.. kit.Tails, .. user.Tails],
            Relations = new RelationWords
            {
                Opposing = [.. kit.Relations.Opposing, .. user.Relations.Opposing],
                Supporting = [.. kit.Relations.Supporting, .. user.Relations.Supporting],
                Of = [.. kit.Relations.Of, .. user.Relations.Of],
            },
            RulerTitles = [.. kit.RulerTitles, .. user.RulerTitles],
            Rulers = [.. kit.Rulers, .. user.Rulers],
            Stopwords = [.. kit.Stopwords, .. user.Stopwords],
            Determiners = [.. kit.Determiners, .. user.Determiners],
            Prepositions = [.. kit.Prepositions, .. user.Prepositions],
        };
    }
}
