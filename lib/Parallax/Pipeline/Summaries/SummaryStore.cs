using Parallax.Pipeline.Cache;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// Article summaries kept between runs in an output folder, indexed by file stamp (path, size, write time): a file
/// whose stamp is unchanged is not read again. One folder per fingerprint (kit build, data files, taggers, manifest);
/// each run writes the files it read as one segment (atomically, with a checksum), cut into chunk files of a few
/// thousand summaries that are read in parallel; later segments win; an unreadable chunk is a warning and its files are
/// read again; segments are merged into one when they pile up.
/// </summary>
public sealed class SummaryStore
{
    private const int Magic = 0x53535850; // "PXSS"
    private const int MaxSegments = 8;
    private const int ChunkSummaries = 8192;

    /// <summary>Tests set a small chunk size on their thread (0: the default) before opening a store.</summary>
    [ThreadStatic] internal static int ChunkSummariesForTests;
    private readonly int _chunk = ChunkSummariesForTests > 0 ? ChunkSummariesForTests : ChunkSummaries;
    private readonly Dictionary<string, (CorpusFileStamp Stamp, ArticleSummary[] Summaries)> _files = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CorpusFileStamp Stamp, ArticleSummary[] Summaries)> _added = new(StringComparer.Ordinal);
    private readonly List<string> _segments = [];
    private readonly List<string> _unreadable = [];
    private readonly string _root;
    private readonly UInt128 _fingerprint;

    private SummaryStore(string root, UInt128 fingerprint)
    {
        _root = root;
        _fingerprint = fingerprint;
        Folder = Path.Combine(root, "summaries-" + ContentHash.Hex(fingerprint)[..16]);
    }

    /// <summary>The folder of this fingerprint's segments.</summary>
    public string Folder { get; }

    /// <summary>The pool the summaries' strings were read through (new summaries should use it too).</summary>
    public StringPool Pool { get; private init; } = new();

    /// <summary>
    /// Opens the store under <paramref name="root"/>; unreadable segments become warnings. When this process committed
    /// the store last and its segment files are unchanged, the store is taken from memory (<see cref="WarmFiles"/>).
    /// </summary>
    public static SummaryStore Open(string root, UInt128 fingerprint, ICollection<CorpusWarning> warnings, StringPool? pool = null)
    {
        pool ??= new StringPool();
        var store = new SummaryStore(Path.GetFullPath(root), fingerprint) { Pool = pool };
        var onDisk = Directory.Exists(store.Folder) ? Directory.GetFiles(store.Folder, "*.seg") : [];
        if (WarmFiles.Take<SummaryStore>(store.Folder, onDisk, fingerprint) is { } warm) return warm;
        var segments = SegmentFile.ReadAll(store.Folder, file => ReadSegment(file, fingerprint, pool), (file, e) =>
        {
            warnings.Add(new CorpusWarning(file, null, $"summary cache segment ignored ({e.Message}); its files are read again"));
            store._unreadable.Add(file);
        });
        foreach (var (file, entries) in segments)
        {
            store._segments.Add(file);
            foreach (var e in entries) store._files[e.Item1.Path] = e;
        }
        return store;
    }

    /// <summary>The cached summaries of a file whose stamp is unchanged.</summary>
    public bool TryGet(CorpusFileStamp stamp, out ArticleSummary[] summaries)
    {
        if (_files.TryGetValue(stamp.Path, out var e) && e.Stamp == stamp) { summaries = e.Summaries; return true; }
        summaries = [];
        return false;
    }

    /// <summary>Records the summaries of a file just read (thread-safe); written by <see cref="Commit"/>.</summary>
    public void Add(CorpusFileStamp stamp, ArticleSummary[] summaries)
    {
        lock (_added) { _added[stamp.Path] = (stamp, summaries); _files[stamp.Path] = (stamp, summaries); }
    }

    /// <summary>Writes the files read in this run as a segment; merges all into one when segments pile up or many entries are stale.</summary>
    public void Commit(IReadOnlySet<string> present)
    {
        Directory.CreateDirectory(Folder);
        foreach (var other in Directory.GetDirectories(_root, "summaries-*"))
            if (!string.Equals(Path.GetFullPath(other), Folder, StringComparison.Ordinal)) SegmentFile.TryDelete(() => Directory.Delete(other, recursive: true));
        foreach (var bad in _unreadable) SegmentFile.TryDelete(() => File.Delete(bad));
        int stale = _files.Keys.Count(k => !present.Contains(k));
        if (_segments.Select(RunOf).Distinct(StringComparer.Ordinal).Count() + 1 > MaxSegments || stale > _files.Count / 4 + 16)
        {
            var old = _segments.ToList();
            _segments.Clear();
            WriteSegment(_files.Values.Where(e => present.Contains(e.Stamp.Path)).ToList());
            foreach (var s in old) SegmentFile.TryDelete(() => File.Delete(s));
            foreach (var gone in _files.Keys.Where(k => !present.Contains(k)).ToList()) _files.Remove(gone);
        }
        else if (_added.Count > 0) WriteSegment(_added.Values.ToList());
        _added.Clear();
        _unreadable.Clear();
        // the store now holds what its segments hold: a rerun in this process can start from it
        WarmFiles.Keep(Folder, _segments, _fingerprint, this);
    }

    // One run's entries as chunk files "<run>.<k>.seg" of about ChunkSummaries summaries each.
    private void WriteSegment(IReadOnlyList<(CorpusFileStamp Stamp, ArticleSummary[] Summaries)> entries)
    {
        var run = $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..8]}";
        var chunks = new List<List<(CorpusFileStamp, ArticleSummary[])>>();
        for (int at = 0; at < entries.Count;)
        {
            int end = at, summaries = 0;
            while (end < entries.Count && (end == at || summaries + entries[end].Summaries.Length <= _chunk))
                summaries += entries[end++].Summaries.Length;
            chunks.Add(entries.Skip(at).Take(end - at).ToList());
            at = end;
        }
        var paths = chunks.Select((_, k) => Path.Combine(Folder, $"{run}.{k:D4}.seg")).ToList();
        Parallel.For(0, chunks.Count, k => WriteChunk(chunks[k], paths[k]));
        _segments.AddRange(paths);
    }

    // The run a chunk file belongs to (its name up to the first dot).
    private static string RunOf(string path) => Path.GetFileName(path).Split('.')[0];

    private void WriteChunk(IReadOnlyList<(CorpusFileStamp Stamp, ArticleSummary[] Summaries)> entries, string path) =>
        SegmentFile.Write(path, Magic, SummaryCodec.Version, _fingerprint, w => SummaryCodec.Write(w, entries));

    private static List<(CorpusFileStamp, ArticleSummary[])> ReadSegment(string file, UInt128 fingerprint, StringPool pool) =>
        SegmentFile.Read(file, Magic, SummaryCodec.Version, fingerprint, "a summary cache segment", br => SummaryCodec.Read(br, pool));
}
