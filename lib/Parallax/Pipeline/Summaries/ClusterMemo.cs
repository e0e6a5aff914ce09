using System.Collections.Concurrent;
using Parallax.Names;
using Parallax.Names.Clustering;
using Parallax.Pipeline.Cache;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// Partitions of spelling blocks already clustered, by the block's signature (its nodes and local links), and each
/// spelling's block key: a rerun after a few articles were added re-clusters only the blocks they changed. Kept next to the summaries of one fingerprint
/// (kit build, data files, aliases.yaml), so a partition is reused only where the rules are the same.
/// </summary>
public sealed class ClusterMemo
{
    private const int Magic = 0x4D435850; // "PXCM"
    private const int Version = 2;
    private readonly Dictionary<UInt128, NodePartition> _known; // read-only once loaded
    private readonly ConcurrentDictionary<UInt128, NodePartition> _used = new();
    private int _reused;

    private readonly Dictionary<(string, MentionKind), (string Block, bool Full)> _facts; // read-only once loaded
    private readonly ConcurrentDictionary<(string, MentionKind), (string Block, bool Full)> _factsUsed = new();

    private ClusterMemo(Dictionary<UInt128, NodePartition> known, Dictionary<(string, MentionKind), (string Block, bool Full)> facts)
    {
        _known = known;
        _facts = facts;
    }

    /// <summary>An empty memo.</summary>
    public static ClusterMemo Empty() => new(new(), new());

    /// <summary>A spelling's block key and whether it is a full name (<see cref="VariantClusterer.Facts"/>), worked out by <paramref name="facts"/> when not known.</summary>
    public (string Block, bool Full) Facts(string text, MentionKind kind, Func<(string Block, bool Full)> facts)
    {
        if (!_facts.TryGetValue((text, kind), out var f)) f = facts();
        _factsUsed[(text, kind)] = f;
        return f;
    }

    /// <summary>Blocks whose partition came from the memo in this run.</summary>
    public int Reused => _reused;

    /// <summary>Blocks partitioned in this run (new or changed).</summary>
    public int Computed => _used.Count - _reused;

    /// <summary>The partition of the block with <paramref name="signature"/>, made by <paramref name="partition"/> when not known.</summary>
    public NodePartition Get(UInt128 signature, Func<NodePartition> partition)
    {
        if (_known.TryGetValue(signature, out var p)) Interlocked.Increment(ref _reused);
        else p = partition();
        _used[signature] = p;
        return p;
    }

    /// <summary>
    /// Reads the memo at <paramref name="path"/> (from memory when this process saved it and it is unchanged), its
    /// strings through <paramref name="pool"/>; a missing or unreadable file gives an empty memo (blocks are clustered again).
    /// </summary>
    public static ClusterMemo Load(string path, UInt128 fingerprint, StringPool? pool = null)
    {
        pool ??= new StringPool();
        if (WarmFiles.Take<ClusterMemo>(path, fingerprint) is { } warm) return new(warm._known, warm._facts);
        var (known, facts) = SegmentFile.ReadIfReadable(path, Magic, Version, fingerprint, "a cluster memo", r =>
        {
            int f = r.ReadInt32();
            var facts = new Dictionary<(string, MentionKind), (string Block, bool Full)>(Math.Clamp(f, 0, 1 << 20));
            for (int i = 0; i < f; i++)
            {
                // spellings and block keys are shared with the summaries' strings
                var (text, kind) = (pool.Read(r), (MentionKind)r.ReadByte());
                facts[(text, kind)] = (pool.Read(r), r.ReadBoolean());
            }
            int n = r.ReadInt32();
            var known = new Dictionary<UInt128, NodePartition>(Math.Clamp(n, 0, 1 << 20));
            for (int i = 0; i < n; i++)
            {
                var sig = new UInt128(r.ReadUInt64(), r.ReadUInt64());
                var group = new int[r.ReadInt32()];
                for (int k = 0; k < group.Length; k++) group[k] = r.ReadInt32();
                var reasons = new MergeReason[r.ReadInt32()];
                for (int k = 0; k < reasons.Length; k++)
                {
                    var (a, b) = (pool.Read(r), pool.Read(r));
                    var rules = new string[r.ReadInt32()];
                    for (int j = 0; j < rules.Length; j++) rules[j] = pool.Read(r);
                    reasons[k] = new MergeReason(a, b, rules);
                }
                known[sig] = new NodePartition(group, reasons);
            }
            return (known, facts);
        }, (new(), new()));
        return new(known, facts);
    }

    /// <summary>Writes the partitions used in this run (others are dropped) to <paramref name="path"/>, atomically.</summary>
    public void Save(string path, UInt128 fingerprint)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        SegmentFile.Write(path, Magic, Version, fingerprint, w =>
        {
            w.Write(_factsUsed.Count);
            foreach (var ((text, kind), (block, full)) in _factsUsed)
            {
                w.Write(text); w.Write((byte)kind); w.Write(block); w.Write(full);
            }
            w.Write(_used.Count);
            foreach (var (sig, p) in _used)
            {
                w.Write((ulong)(sig >> 64)); w.Write((ulong)sig);
                w.Write(p.Group.Length);
                foreach (var g in p.Group) w.Write(g);
                w.Write(p.Reasons.Count);
                foreach (var m in p.Reasons)
                {
                    w.Write(m.A); w.Write(m.B);
                    w.Write(m.Rules.Count);
                    foreach (var rule in m.Rules) w.Write(rule);
                }
            }
        });
        WarmFiles.Keep(path, fingerprint, new ClusterMemo(new(_used), new(_factsUsed)));
    }
}
