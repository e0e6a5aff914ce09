using Parallax.Names;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// Binary form of a chunk of file summaries for the <see cref="SummaryStore"/>: a table of the chunk's distinct strings
/// (spellings, keys, metadata values, file paths), then each file's stamp and summaries with strings as table numbers,
/// so a string used by thousands of articles is stored and pooled once per chunk. Change <see cref="Version"/> with the format.
/// </summary>
public static class SummaryCodec
{
    public const int Version = 3;

    /// <summary>Writes the entries of one chunk.</summary>
    public static void Write(BinaryWriter w, IReadOnlyList<(CorpusFileStamp Stamp, ArticleSummary[] Summaries)> entries)
    {
        var table = new Dictionary<string, int>(StringComparer.Ordinal);
        var strings = new List<string>();
        int Ref(string? s)
        {
            if (s is null) return 0;
            if (!table.TryGetValue(s, out int i)) { table[s] = i = strings.Count + 1; strings.Add(s); }
            return i;
        }
        // the entries are written aside first: the table they fill is written before them
        using var body = new MemoryStream();
        using (var b = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            b.Write7BitEncodedInt(entries.Count);
            foreach (var (stamp, summaries) in entries)
            {
                b.Write7BitEncodedInt(Ref(stamp.Path)); b.Write(stamp.Size); b.Write(stamp.Ticks);
                b.Write7BitEncodedInt(summaries.Length);
                foreach (var s in summaries) Write(b, s, Ref);
            }
        }
        w.Write7BitEncodedInt(strings.Count);
        foreach (var s in strings) w.Write(s);
        w.Write(body.GetBuffer(), 0, (int)body.Length);
    }

    /// <summary>Reads the entries of one chunk; strings are shared through <paramref name="pool"/>.</summary>
    public static List<(CorpusFileStamp Stamp, ArticleSummary[] Summaries)> Read(BinaryReader r, StringPool? pool = null)
    {
        pool ??= new StringPool();
        var table = new string?[Count(r) + 1];
        for (int i = 1; i < table.Length; i++) table[i] = pool.Read(r);
        string? Ref(BinaryReader r)
        {
            int i = r.Read7BitEncodedInt();
            return i >= 0 && i < table.Length ? table[i] : throw new InvalidDataException($"bad string number {i}");
        }
        string Str(BinaryReader r) => Ref(r) ?? throw new InvalidDataException("missing string");
        int n = Count(r);
        var entries = new List<(CorpusFileStamp, ArticleSummary[])>(Math.Min(n, 1 << 16));
        for (int e = 0; e < n; e++)
        {
            var stamp = new CorpusFileStamp(Str(r), r.ReadInt64(), r.ReadInt64());
            var list = new ArticleSummary[Count(r)];
            for (int i = 0; i < list.Length; i++) list[i] = ReadSummary(r, Ref, Str);
            entries.Add((stamp, list));
        }
        return entries;
    }

    private static void Write(BinaryWriter w, ArticleSummary s, Func<string?, int> str)
    {
        w.Write(s.Id);
        w.Write7BitEncodedInt(str(s.File)); w.Write7BitEncodedInt(str(s.Language));
        w.Write7BitEncodedInt(s.Fields.Count);
        foreach (var f in s.Fields) w.Write7BitEncodedInt(str(f));
        w.Write(s.Words);
        w.Write7BitEncodedInt(s.Spellings.Count);
        foreach (var x in s.Spellings) { w.Write7BitEncodedInt(str(x.Text)); w.Write((byte)x.Kind); w.Write7BitEncodedInt(x.Count); w.Write7BitEncodedInt(x.First); }
        Keys(w, s.SourceTypes, str);
        w.Write7BitEncodedInt(s.Sides.Count);
        foreach (var x in s.Sides) { w.Write7BitEncodedInt(str(x.Side)); w.Write7BitEncodedInt(str(x.Category)); w.Write7BitEncodedInt(x.Count); }
        Keys(w, s.LabelKeys, str); Keys(w, s.Hedges, str); Keys(w, s.EventTerms, str);
        w.Write(s.Shingles);
        w.Write7BitEncodedInt(s.Sketch.Length);
        foreach (var h in s.Sketch) w.Write(h);
        w.Write7BitEncodedInt(s.Anchors.Length);
        foreach (var h in s.Anchors) w.Write(h);
        w.Write7BitEncodedInt(s.Follows is null ? 0 : s.Follows.Length + 1);
        foreach (var f in s.Follows ?? []) w.Write(f);
    }

    private static ArticleSummary ReadSummary(BinaryReader r, Func<BinaryReader, string?> maybe, Func<BinaryReader, string> str)
    {
        string id = r.ReadString(), file = str(r);
        var language = maybe(r);
        var fields = new string?[Count(r)];
        for (int i = 0; i < fields.Length; i++) fields[i] = maybe(r);
        int words = r.ReadInt32();
        var spellings = new SpellingCount[Count(r)];
        for (int i = 0; i < spellings.Length; i++)
        {
            var text = str(r);
            var kind = r.ReadByte();
            if (!Enum.IsDefined(typeof(MentionKind), (int)kind)) throw new InvalidDataException($"bad mention kind {kind}");
            spellings[i] = new SpellingCount(text, (MentionKind)kind, r.Read7BitEncodedInt(), r.Read7BitEncodedInt());
        }
        var types = Keys(r, str);
        var sides = new SideCount[Count(r)];
        for (int i = 0; i < sides.Length; i++) sides[i] = new SideCount(str(r), str(r), r.Read7BitEncodedInt());
        var labels = Keys(r, str);
        var hedges = Keys(r, str);
        var terms = Keys(r, str);
        int shingles = r.ReadInt32();
        var sketch = Array<ulong>(r, Count(r));
        var anchors = Array<uint>(r, Count(r));
        int follows = Count(r) - 1;
        if (follows != -1 && follows != spellings.Length) throw new InvalidDataException($"bad follows count {follows}");
        return new ArticleSummary(id, file, language, fields, words, spellings, types, sides, labels, hedges, terms, shingles, sketch, anchors)
        {
            Follows = follows < 0 ? null : Array<int>(r, follows),
        };
    }

    private static void Keys(BinaryWriter w, IReadOnlyList<KeyCount> keys, Func<string?, int> str)
    {
        w.Write7BitEncodedInt(keys.Count);
        foreach (var k in keys) { w.Write7BitEncodedInt(str(k.Key)); w.Write7BitEncodedInt(k.Count); }
    }

    private static KeyCount[] Keys(BinaryReader r, Func<BinaryReader, string> str)
    {
        var keys = new KeyCount[Count(r)];
        for (int i = 0; i < keys.Length; i++) keys[i] = new KeyCount(str(r), r.Read7BitEncodedInt());
        return keys;
    }

    // n little-endian numbers read as one block (as BinaryWriter wrote them one by one)
    private static T[] Array<T>(BinaryReader r, int n) where T : unmanaged
    {
        var result = new T[n];
        var bytes = System.Runtime.InteropServices.MemoryMarshal.AsBytes(result.AsSpan());
        r.BaseStream.ReadExactly(bytes);
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("the summary cache is little-endian");
        return result;
    }

    private static int Count(BinaryReader r)
    {
        int n = r.Read7BitEncodedInt();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException($"bad item count {n}");
        return n;
    }
}
