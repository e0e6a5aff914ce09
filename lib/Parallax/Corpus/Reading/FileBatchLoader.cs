using System.Runtime.ExceptionServices;

namespace Parallax.Loading;

/// <summary>
/// One article file loaded ahead of its turn: its articles (or the error building one), the warnings met while
/// reading it, and the error that stopped its reader, all replayed in file order by <see cref="Replay"/> so the
/// caller sees what a one-file-at-a-time load would have shown.
/// </summary>
internal sealed class LoadedFile(CorpusFileStamp stamp)
{
    public CorpusFileStamp Stamp { get; } = stamp;
    /// <summary>False when the caller said the file need not be read.</summary>
    public bool Read { get; init; } = true;
    public List<CorpusWarning> Warnings { get; } = [];
    public List<RawArticle> Raw { get; } = [];
    /// <summary>For each raw article, how many of <see cref="Warnings"/> had been given when the reader produced it.</summary>
    public List<int> WarningsBefore { get; } = [];
    public Article?[] Built { get; set; } = [];
    public ExceptionDispatchInfo?[] BuildErrors { get; set; } = [];
    public ExceptionDispatchInfo? ReadError { get; set; }

    /// <summary>
    /// The file's articles in order, adding its warnings to <paramref name="warnings"/> as a sequential load would
    /// have (those met before each article, then the rest) and rethrowing an error where that load would have met it.
    /// <paramref name="accept"/> sees each article before the next is replayed (id checks).
    /// </summary>
    public List<Article> Replay(ICollection<CorpusWarning> warnings, Action<Article> accept)
    {
        var articles = new List<Article>(Raw.Count);
        int given = 0;
        for (int i = 0; i < Raw.Count; i++)
        {
            for (; given < WarningsBefore[i]; given++) warnings.Add(Warnings[given]);
            BuildErrors[i]?.Throw();
            accept(Built[i]!);
            articles.Add(Built[i]!);
        }
        for (; given < Warnings.Count; given++) warnings.Add(Warnings[given]);
        ReadError?.Throw();
        return articles;
    }
}

/// <summary>
/// Loads article files in batches on all cores: files are read and parsed in parallel, then every article of the
/// batch is built (normalised text, metadata, paragraph roles) in parallel. Batches hold up to 64 files and about
/// 8 MB, so memory stays bounded while a batch gives every core work.
/// </summary>
internal sealed class FileBatchLoader(string root, CorpusOptions options, CorpusManifest manifest, ArticleBuilder builder)
{
    private const int MaxFiles = 64;
    private const long MaxBytes = 8L * 1024 * 1024;

    /// <summary>
    /// The files in order, each with its reader, loaded a batch at a time; <paramref name="read"/> (when given) is
    /// asked first, in order, whether each file must be read.
    /// </summary>
    public IEnumerable<LoadedFile> Load(IEnumerable<(string Rel, IArticleReader Reader)> files, Func<CorpusFileStamp, bool>? read)
    {
        var batch = new List<(LoadedFile File, IArticleReader Reader)>();
        long bytes = 0;
        foreach (var (rel, reader) in files)
        {
            var info = new FileInfo(Path.Combine(root, rel));
            var stamp = new CorpusFileStamp(rel, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
            bool wanted = read is null || read(stamp);
            batch.Add((new LoadedFile(stamp) { Read = wanted }, reader));
            if (wanted) bytes += Math.Max(0, stamp.Size);
            if (batch.Count >= MaxFiles || bytes >= MaxBytes)
            {
                foreach (var f in Run(batch)) yield return f;
                batch = [];
                bytes = 0;
            }
        }
        foreach (var f in Run(batch)) yield return f;
    }

    private List<LoadedFile> Run(List<(LoadedFile File, IArticleReader Reader)> batch)
    {
        var toRead = batch.Where(b => b.File.Read).ToList();
        Parallel.For(0, toRead.Count, i => Parse(toRead[i].File, toRead[i].Reader));
        var all = toRead.SelectMany(b => b.File.Raw.Select((raw, at) => (b.File, raw, at))).ToList();
        foreach (var (file, _) in toRead)
        {
            file.Built = new Article?[file.Raw.Count];
            file.BuildErrors = new ExceptionDispatchInfo?[file.Raw.Count];
        }
        Parallel.For(0, all.Count, i =>
        {
            var (file, raw, at) = all[i];
            try { file.Built[at] = builder.Build(raw, manifest.FieldsFor(file.Stamp.Path, raw.Id)); }
            catch (Exception e) { file.BuildErrors[at] = ExceptionDispatchInfo.Capture(e); }
        });
        return batch.Select(b => b.File).ToList();
    }

    private void Parse(LoadedFile file, IArticleReader reader)
    {
        try
        {
            if (FileContent.Read(Path.Combine(root, file.Stamp.Path), file.Stamp.Path, options, file.Warnings) is not { } text) return;
            foreach (var raw in reader.Read(file.Stamp.Path, text, file.Warnings))
            {
                file.Raw.Add(raw);
                file.WarningsBefore.Add(file.Warnings.Count);
            }
        }
        catch (Exception e) { file.ReadError = ExceptionDispatchInfo.Capture(e); }
    }
}
