namespace Parallax.Attribution;

/// <summary>Where a draft's content lies relative to its cue.</summary>
public enum ContentSide { Right, Left, Linked, Block }

/// <summary>A link a draft waits for until the whole sentence is read.</summary>
public enum PendingLink
{
    None,
    /// <summary>"citing X": reached through the sentence's governing attribution.</summary>
    ThroughGoverning,
    /// <summary>"quoted by X": the sentence's other attribution is reached through this one.</summary>
    CarriesOther,
    /// <summary>"X quoted him as saying": the attribution "him" stands for is reached through this one.</summary>
    CarriesPronoun,
    /// <summary>"X quoted Y as saying": reached through X's attribution (<see cref="AttributionDraft.ThroughPhrase"/>).</summary>
    ThroughPhrase,
    /// <summary>"announced by X and then circulated among ..., including Y": the previous attribution is reached through this one.</summary>
    CarriesPrevious,
}

/// <summary>An attribution while it is being built: mutable, with the sentence it came from and the links it waits for.</summary>
public sealed class AttributionDraft
{
    public required SentenceView Sentence { get; init; }
    public required CueKind Kind { get; init; }
    /// <summary>Token range of the whole cue text in the sentence.</summary>
    public required int CueFrom { get; set; }
    public required int CueTo { get; set; }
    public required string Cue { get; set; }
    public SourcePhrase? Source { get; set; }
    public ContentSide Side { get; set; } = ContentSide.Right;
    /// <summary>First token of right-hand content.</summary>
    public int RightFrom { get; set; }
    /// <summary>Token where a continuation ("adding that") starts, extending the content to its clause's end.</summary>
    public int ContinuationFrom { get; set; } = -1;
    public int ContentStart { get; set; } = -1;
    public int ContentEnd { get; set; } = -1;
    public QuoteKind? Quote { get; set; }
    public AttributionDraft? Via { get; set; }
    public PendingLink Link { get; set; }
    public SourcePhrase? ThroughPhrase { get; set; }
    public string? RefersTo { get; set; }
    public string Type { get; set; } = "other";
    public SourceInfo? Info { get; set; }
    /// <summary>The cue announces a block quotation in the next paragraph ("as follows", a final colon).</summary>
    public bool IntroducesBlock { get; set; }

    /// <summary>The source is the subject of an earlier coordinated verb ("X acknowledged C but insisted D").</summary>
    public bool SharedSource { get; init; }

    /// <summary>Offset where the cue starts (orders the article's attributions).</summary>
    public int CueOffset => Sentence.StartOf(CueFrom);

    /// <summary>First token the attribution occupies before its content (source or cue).</summary>
    public int RegionStart => SharedSource ? Math.Max(0, CueFrom - 1) : Source is { } s && !s.IsClitic && s.TokenStart < CueFrom && s.TokenStart >= 0 ? Math.Min(s.TokenStart, CueFrom) : CueFrom;

    public override string ToString() => $"{Source?.Text ?? "∅"} | {Cue} | {Type}";
}
