using System.Collections.Concurrent;

namespace Parallax.Pipeline.Cache;

/// <summary>
/// Per-article tags kept between runs, in a folder of the output (e.g. <c>out/cache</c>). Entries are keyed by the
/// article's <see cref="ContentHash"/>; the folder of one <see cref="DataFingerprint"/> holds segment files, each
/// written atomically (temp file, then rename) by one run with the articles it tagged. A segment that cannot be read
/// (truncated, corrupt, another format) is skipped with a warning, its articles are tagged again and it is replaced. Folders of other
/// fingerprints are removed on commit; segments are merged into one when they pile up or hold many unused entries.
/// </summary>
public sealed class TagCache
{
    private const int Magic = 0x43545850; // "PXTC"
    private const int MaxSegments = 16;
    private readonly ConcurrentDictionary<UInt128, ArticleLayers> _entries = new();
    private readonly ConcurrentDictionary<UInt128, ArticleLayers> _added = new();
    private readonly List<string> _segments = [];
    private readonly List<string> _unreadable = [];
    private readonly string _root;
    private readonly UInt128 _fingerprint;

    private TagCache(string root, UInt128 fingerprint)
    {
        _root = root;
        _fingerprint = fingerprint;
        Folder = Path.Combine(root, "tags-" + ContentHash.Hex(fingerprint)[..16]);
    }

    /// <summary>The folder holding this fingerprint's segments.</summary>
    public string Folder { get; }

    /// <summary>Entries read from disk.</summary>
    public int Loaded { get; private set; }

    /// <summary>Entries added in this run.</summary>
    public int Added => _added.Count;

    /// <summary>Opens (reads) the cache under <paramref name="root"/> for <paramref name="fingerprint"/>; unreadable segments become warnings.</summary>
    public static TagCache Open(string root, UInt128 fingerprint, ICollection<CorpusWarning> warnings)
    {
        var cache = new TagCache(Path.GetFullPath(root), fingerprint);
        var segments = SegmentFile.ReadAll(cache.Folder, file => ReadSegment(file, fingerprint), (file, e) =>
        {
            warnings.Add(new CorpusWarning(file, null, $"tag cache segment ignored ({e.Message}); its articles are tagged again"));
            cache._unreadable.Add(file);
        });
        foreach (var (file, entries) in segments)
        {
            cache._segments.Add(file);
            foreach (var (h, l) in entries) cache._entries[h] = l;
        }
        cache.Loaded = cache._entries.Count;
        return cache;
    }

    /// <summary>The cached layers of an article with this content hash.</summary>
    public bool TryGet(UInt128 hash, out ArticleLayers layers) => _entries.TryGetValue(hash, out layers!);

    /// <summary>Adds the layers of a freshly tagged article (thread-safe); written by <see cref="Commit"/>.</summary>
    public void Add(UInt128 hash, ArticleLayers layers)
    {
        _entries[hash] = layers;
        _added[hash] = layers;
    }

    /// <summary>
    /// Writes this run's new entries as a segment and tidies up: other fingerprints' folders are removed, and when
    /// segments pile up or most entries are unused (not in <paramref name="used"/>), one segment replaces them all.
    /// </summary>
    public void Commit(IReadOnlySet<UInt128> used)
    {
        Directory.CreateDirectory(Folder);
        foreach (var other in Directory.GetDirectories(_root, "tags-*"))
            if (!string.Equals(Path.GetFullPath(other), Folder, StringComparison.Ordinal)) SegmentFile.TryDelete(() => Directory.Delete(other, recursive: true));
        foreach (var bad in _unreadable) SegmentFile.TryDelete(() => File.Delete(bad));
        bool compact = _segments.Count + 1 > MaxSegments || _entries.Count > 2 * Math.Max(used.Count, 1) + 64;
        if (compact)
        {
            var keep = _entries.Where(kv => used.Contains(kv.Key)).ToList();
            WriteSegment(keep);
            foreach (var s in _segments) SegmentFile.TryDelete(() => File.Delete(s));
            _segments.Clear();
        }
        else if (!_added.IsEmpty) WriteSegment([.. _added]);
        _added.Clear();
    }

    private void WriteSegment(IReadOnlyList<KeyValuePair<UInt128, ArticleLayers>> entries)
    {
        var path = Path.Combine(Folder, $"{DateTime.UtcNow:yyyyMMddHHmmssfff}-{Guid.NewGuid().ToString("N")[..8]}.seg");
        SegmentFile.Write(path, Magic, LayerCodec.Version, _fingerprint, w =>
        {
            w.Write(entries.Count);
            foreach (var (h, l) in entries)
            {
                w.Write((ulong)(h >> 64)); w.Write((ulong)h);
                LayerCodec.Write(w, l);
            }
        });
        _segments.Add(path);
    }

    private static List<(UInt128, ArticleLayers)> ReadSegment(string file, UInt128 fingerprint) =>
        SegmentFile.Read(file, Magic, LayerCodec.Version, fingerprint, "a tag cache segment", br =>
        {
            int n = br.ReadInt32();
            if (n < 0) throw new InvalidDataException($"bad entry count {n}");
            var list = new List<(UInt128, ArticleLayers)>(Math.Min(n, 1 << 20));
            for (int i = 0; i < n; i++)
            {
                var h = ((UInt128)br.ReadUInt64() << 64) | br.ReadUInt64();
                list.Add((h, LayerCodec.Read(br)));
            }
            return list;
        });
}
