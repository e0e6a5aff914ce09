namespace Parallax.Attribution;

/// <summary>Schema of <c>source_types.yaml</c> (see the comments there).</summary>
public sealed class SourceTypeList
{
    public List<string> StateMediaPhrases { get; set; } = [];
    public List<string> StateControlledMediaDemonyms { get; set; } = [];
    public List<string> MediaNouns { get; set; } = [];
    public List<string> ReportNouns { get; set; } = [];
    public List<string> AnonymousHeads { get; set; } = [];
    public List<string> AnonymousMarkers { get; set; } = [];
    public List<string> JournalistTitles { get; set; } = [];
    public List<string> OfficialTitles { get; set; } = [];
    public List<string> MemberTitles { get; set; } = [];
    public List<string> Legislatures { get; set; } = [];
    public List<string> MilitaryBodies { get; set; } = [];
    public List<string> GovernmentBodies { get; set; } = [];
    public List<string> Governments { get; set; } = [];
    public List<string> UnattributedHeads { get; set; } = [];
    public List<string> NonAgentHeads { get; set; } = [];
    public List<string> NewsAgencyNouns { get; set; } = [];
    public List<string> NewsWords { get; set; } = [];
    public List<string> StateQualifiers { get; set; } = [];
    public List<string> NewspaperNouns { get; set; } = [];
    public List<string> BroadcasterNouns { get; set; } = [];
    public List<string> AmbiguousOutletNames { get; set; } = [];
    public List<string> MonitorNouns { get; set; } = [];

    /// <summary>Appends the user's lists to the kit's.</summary>
    public static SourceTypeList Merge(SourceTypeList a, SourceTypeList b) => new()
    {
        StateMediaPhrases = [.. a.StateMediaPhrases, .. b.StateMediaPhrases],
        StateControlledMediaDemonyms = [.. a.StateControlledMediaDemonyms, .. b.StateControlledMediaDemonyms],
        MediaNouns = [.. a.MediaNouns, .. b.MediaNouns], ReportNouns = [.. a.ReportNouns, .. b.ReportNouns],
        AnonymousHeads = [.. a.AnonymousHeads, .. b.AnonymousHeads], AnonymousMarkers = [.. a.AnonymousMarkers, .. b.AnonymousMarkers],
        JournalistTitles = [.. a.JournalistTitles, .. b.JournalistTitles], OfficialTitles = [.. a.OfficialTitles, .. b.OfficialTitles],
        MemberTitles = [.. a.MemberTitles, .. b.MemberTitles], Legislatures = [.. a.Legislatures, .. b.Legislatures],
        MilitaryBodies = [.. a.MilitaryBodies, .. b.MilitaryBodies], GovernmentBodies = [.. a.GovernmentBodies, .. b.GovernmentBodies],
        Governments = [.. a.Governments, .. b.Governments], UnattributedHeads = [.. a.UnattributedHeads, .. b.UnattributedHeads],
        NonAgentHeads = [.. a.NonAgentHeads, .. b.NonAgentHeads], AmbiguousOutletNames = [.. a.AmbiguousOutletNames, .. b.AmbiguousOutletNames],
        MonitorNouns = [.. a.MonitorNouns, .. b.MonitorNouns],
        NewsAgencyNouns = [.. a.NewsAgencyNouns, .. b.NewsAgencyNouns], NewsWords = [.. a.NewsWords, .. b.NewsWords],
        StateQualifiers = [.. a.StateQualifiers, .. b.StateQualifiers], NewspaperNouns = [.. a.NewspaperNouns, .. b.NewspaperNouns],
        BroadcasterNouns = [.. a.BroadcasterNouns, .. b.BroadcasterNouns],
    };
}

/// <summary>The compiled source-type knowledge.</summary>
public sealed class SourceLexicon
{
    public SourceLexicon(SourceTypeList l)
    {
        StateMedia = new(l.StateMediaPhrases); StateControlledDemonyms = new(l.StateControlledMediaDemonyms);
        MediaNouns = new(l.MediaNouns); ReportNouns = new(l.ReportNouns); AnonymousHeads = new(l.AnonymousHeads);
        AnonymousMarkers = new(l.AnonymousMarkers); JournalistTitles = new(l.JournalistTitles); OfficialTitles = new(l.OfficialTitles);
        MemberTitles = new(l.MemberTitles); Legislatures = new(l.Legislatures); MilitaryBodies = new(l.MilitaryBodies);
        GovernmentBodies = new(l.GovernmentBodies); MonitorNouns = new(l.MonitorNouns); UnattributedHeads = new(l.UnattributedHeads); NonAgentHeads = new(l.NonAgentHeads);
        Governments = new HashSet<string>(l.Governments.Select(g => g.Replace('’', '\'')), StringComparer.Ordinal);
        AmbiguousOutletNames = new HashSet<string>(l.AmbiguousOutletNames, StringComparer.OrdinalIgnoreCase);
        NewsAgencyNouns = new(l.NewsAgencyNouns); NewsWords = new(l.NewsWords); StateQualifiers = new(l.StateQualifiers);
        NewspaperNouns = new(l.NewspaperNouns); BroadcasterNouns = new(l.BroadcasterNouns);
    }

    public PhraseSet StateMedia { get; }
    public PhraseSet StateControlledDemonyms { get; }
    public PhraseSet MediaNouns { get; }
    public PhraseSet ReportNouns { get; }
    public PhraseSet AnonymousHeads { get; }
    public PhraseSet AnonymousMarkers { get; }
    public PhraseSet JournalistTitles { get; }
    public PhraseSet OfficialTitles { get; }
    public PhraseSet MemberTitles { get; }
    public PhraseSet Legislatures { get; }
    public PhraseSet MilitaryBodies { get; }
    public PhraseSet GovernmentBodies { get; }
    public PhraseSet MonitorNouns { get; }
    public PhraseSet UnattributedHeads { get; }
    public PhraseSet NonAgentHeads { get; }
    /// <summary>Country and capital names, case-sensitive ("US" but not "us").</summary>
    public IReadOnlySet<string> Governments { get; }
    public IReadOnlySet<string> AmbiguousOutletNames { get; }
    /// <summary>Capitalised nouns that make an unknown name a news agency with a news word ("Agence", "Agency", "Presse").</summary>
    public PhraseSet NewsAgencyNouns { get; }
    /// <summary>Words of news in agency names ("News", "Press", "d'information").</summary>
    public PhraseSet NewsWords { get; }
    /// <summary>Words that make a news agency state media ("state", "officielle", "d'État", "publique").</summary>
    public PhraseSet StateQualifiers { get; }
    /// <summary>Media nouns that type a named outlet as a newspaper ("the daily X", "le quotidien X").</summary>
    public PhraseSet NewspaperNouns { get; }
    /// <summary>Media nouns that type a named outlet as a broadcaster ("the channel X", "la chaîne X").</summary>
    public PhraseSet BroadcasterNouns { get; }

    public static SourceLexicon For(KitData data) => new(data.Load<SourceTypeList>("source_types.yaml", SourceTypeList.Merge));
}
