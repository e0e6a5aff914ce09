namespace Parallax.Synth;

/// <summary>File format of generated articles.</summary>
public enum SynthFormat { Txt, Md, Jsonl }

/// <summary>Settings of a synthetic corpus. The same options give byte-identical output.</summary>
public sealed record SynthOptions
{
    public int Articles { get; init; } = 1000;
    public ulong Seed { get; init; } = 1;
    public SynthFormat Format { get; init; } = SynthFormat.Txt;
    /// <summary>Mean body length in words (lengths vary around it).</summary>
    public int MeanWords { get; init; } = 600;
    /// <summary>Share of original articles written in French.</summary>
    public double FrenchShare { get; init; } = 0.3;
    /// <summary>Share of articles that are French translations of an English article.</summary>
    public double TranslationShare { get; init; } = 0.05;
    /// <summary>Share of articles that repost paragraphs of another article under a new headline.</summary>
    public double RepostShare { get; init; } = 0.06;
    /// <summary>Mean number of articles per event.</summary>
    public int ArticlesPerEvent { get; init; } = 20;
    public DateOnly Start { get; init; } = new(2024, 1, 1);
    public int PeriodDays { get; init; } = 365;
    /// <summary>Write into a non-empty folder that is not a previous synth output.</summary>
    public bool Force { get; init; }
    /// <summary>Articles per sub-folder (or per jsonl file).</summary>
    public int FilesPerFolder { get; init; } = 1000;
    /// <summary>Worker threads (0: all cores).</summary>
    public int Threads { get; init; }

    /// <summary>The problem with these options, or null.</summary>
    public string? Problem() =>
        Articles < 1 ? "--articles must be at least 1"
        : MeanWords < 50 ? "--words must be at least 50"
        : FrenchShare is < 0 or > 1 || TranslationShare is < 0 or > 1 || RepostShare is < 0 or > 1 || TranslationShare + RepostShare > 0.9 ? "shares must be between 0 and 1"
        : ArticlesPerEvent < 1 ? "articles per event must be at least 1"
        : PeriodDays < 1 ? "the period must be at least one day"
        : FilesPerFolder < 1 ? "files per folder must be at least 1"
        : null;
}
