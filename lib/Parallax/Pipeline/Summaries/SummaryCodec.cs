using Parallax.Names;

namespace Parallax.Pipeline.Summaries;

/// <summary>Binary form of a file's summaries for the <see cref="SummaryStore"/>. Change <see cref="Version"/> with the format.</summary>
public static class SummaryCodec
{
    public const int Version = 2;

    public static void Write(BinaryWriter w, CorpusFileStamp stamp, IReadOnlyList<ArticleSummary> summaries)
    {
        w.Write(stamp.Path); w.Write(stamp.Size); w.Write(stamp.Ticks);
        w.Write(summaries.Count);
        foreach (var s in summaries) Write(w, s);
    }

    /// <summary>Reads one file's entry; repeated strings are shared through <paramref name="pool"/>.</summary>
    public static (CorpusFileStamp Stamp, ArticleSummary[] Summaries) Read(BinaryReader r, StringPool? pool = null)
    {
        pool ??= new StringPool();
        var stamp = new CorpusFileStamp(r.ReadString(), r.ReadInt64(), r.ReadInt64());
        var list = new ArticleSummary[Count(r)];
        for (int i = 0; i < list.Length; i++) list[i] = ReadSummary(r, pool);
        return (stamp, list);
    }

    private static void Write(BinaryWriter w, ArticleSummary s)
    {
        w.Write(s.Id); w.Write(s.File); Str(w, s.Language);
        w.Write(s.Fields.Count);
        foreach (var f in s.Fields) Str(w, f);
        w.Write(s.Words);
        w.Write(s.Spellings.Count);
        foreach (var x in s.Spellings) { w.Write(x.Text); w.Write((byte)x.Kind); w.Write(x.Count); w.Write(x.First); }
        Keys(w, s.SourceTypes);
        w.Write(s.Sides.Count);
        foreach (var x in s.Sides) { w.Write(x.Side); w.Write(x.Category); w.Write(x.Count); }
        Keys(w, s.LabelKeys); Keys(w, s.Hedges); Keys(w, s.EventTerms);
        w.Write(s.Shingles);
        w.Write(s.Sketch.Length);
        foreach (var h in s.Sketch) w.Write(h);
        w.Write(s.Anchors.Length);
        foreach (var h in s.Anchors) w.Write(h);
        w.Write(s.Follows?.Length ?? -1);
        foreach (var f in s.Follows ?? []) w.Write(f);
    }

    private static ArticleSummary ReadSummary(BinaryReader r, StringPool pool)
    {
        string id = r.ReadString(), file = r.ReadString();
        var language = pool.GetOrNull(Str(r));
        var fields = new string?[Count(r)];
        for (int i = 0; i < fields.Length; i++) fields[i] = pool.GetOrNull(Str(r));
        int words = r.ReadInt32();
        var spellings = new SpellingCount[Count(r)];
        for (int i = 0; i < spellings.Length; i++)
        {
            var text = pool.Get(r.ReadString());
            var kind = r.ReadByte();
            if (!Enum.IsDefined(typeof(MentionKind), (int)kind)) throw new InvalidDataException($"bad mention kind {kind}");
            spellings[i] = new SpellingCount(text, (MentionKind)kind, r.ReadInt32(), r.ReadInt32());
        }
        var types = Keys(r, pool);
        var sides = new SideCount[Count(r)];
        for (int i = 0; i < sides.Length; i++) sides[i] = new SideCount(pool.Get(r.ReadString()), pool.Get(r.ReadString()), r.ReadInt32());
        var labels = Keys(r, pool);
        var hedges = Keys(r, pool);
        var terms = Keys(r, pool);
        int shingles = r.ReadInt32();
        var sketch = Array<ulong>(r, Count(r));
        var anchors = Array<uint>(r, Count(r));
        int follows = r.ReadInt32();
        if (follows != -1 && follows != spellings.Length) throw new InvalidDataException($"bad follows count {follows}");
        return new ArticleSummary(id, file, language, fields, words, spellings, types, sides, labels, hedges, terms, shingles, sketch, anchors)
        {
            Follows = follows < 0 ? null : Array<int>(r, follows),
        };
    }

    private static void Keys(BinaryWriter w, IReadOnlyList<KeyCount> keys)
    {
        w.Write(keys.Count);
        foreach (var k in keys) { w.Write(k.Key); w.Write(k.Count); }
    }

    private static KeyCount[] Keys(BinaryReader r, StringPool pool)
    {
        var keys = new KeyCount[Count(r)];
        for (int i = 0; i < keys.Length; i++) keys[i] = new KeyCount(pool.Get(r.ReadString()), r.ReadInt32());
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
        int n = r.ReadInt32();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException($"bad item count {n}");
        return n;
    }

    private static void Str(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static string? Str(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
