namespace Parallax;

/// <summary>Options for <see cref="Corpus.Load(string, CorpusOptions?)"/>.</summary>
public sealed record CorpusOptions
{
    /// <summary>Files larger than this are skipped with a warning. Default 20 MB.</summary>
    public long MaxFileBytes { get; init; } = 20L * 1024 * 1024;

    /// <summary>Read the manifest (<c>corpus.yaml</c>, <c>corpus.csv</c>) when present. Default true.</summary>
    public bool UseManifest { get; init; } = true;

    public static CorpusOptions Default { get; } = new();
}
