namespace Parallax;

/// <summary>An article file's path (relative to the corpus folder, '/'-separated), size in bytes and last write time (UTC ticks).</summary>
public sealed record CorpusFileStamp(string Path, long Size, long Ticks);

/// <summary>One article file met while streaming a corpus: its stamp and its articles, or null when it was not read.</summary>
public sealed record CorpusFile(CorpusFileStamp Stamp, IReadOnlyList<Article>? Articles);
