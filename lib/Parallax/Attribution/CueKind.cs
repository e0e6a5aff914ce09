namespace Parallax.Attribution;

/// <summary>How a cue ties a source to a claim.</summary>
public enum CueKind
{
    /// <summary>"X said C", "C, X said", "C, said X".</summary>
    Verb,
    /// <summary>"X described Y as Z", "what X describes as Z".</summary>
    AsVerb,
    /// <summary>"X reported C, adding that D": continues the previous attribution.</summary>
    Continuation,
    /// <summary>"according to X", "selon X".</summary>
    Preposition,
    /// <summary>"citing X": X is reached through the clause's other source.</summary>
    Citing,
    /// <summary>"quoted by X", "cité par X": the clause's other source is reached through X.</summary>
    ReverseCiting,
    /// <summary>"X quoted Y as saying C".</summary>
    Quoting,
    /// <summary>"it has been reported by X", "was announced by X".</summary>
    Passive,
    /// <summary>"circulated among ..., including X", "picked up by X".</summary>
    Spread,
    /// <summary>"via X/Y" photo credits.</summary>
    Credit,
    /// <summary>"reportedly", "is said to", French hearsay conditional: nobody is named.</summary>
    Hearsay,
    /// <summary>"by other estimates": unnamed estimates.</summary>
    Unsourced,
}

/// <summary>A cue found in a sentence: its kind and tokens [TokenStart, TokenEnd).</summary>
public sealed record CueMatch(CueKind Kind, int TokenStart, int TokenEnd);
