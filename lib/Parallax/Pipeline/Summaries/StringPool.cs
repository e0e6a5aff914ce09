using System.Collections.Concurrent;
using System.Text;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// One shared instance per distinct string (thread-safe): summaries of many articles repeat the same spellings,
/// outlets, source types and keys, and a run over 100,000 articles would otherwise hold each copy apart.
/// </summary>
public sealed class StringPool
{
    private readonly ConcurrentDictionary<string, string> _strings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> _bySpan;

    public StringPool() => _bySpan = _strings.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The pooled instance equal to <paramref name="s"/>.</summary>
    public string Get(string s) => _strings.GetOrAdd(s, s);

    /// <summary>As <see cref="Get(string)"/>, null staying null.</summary>
    public string? GetOrNull(string? s) => s is null ? null : Get(s);

    /// <summary>
    /// Reads a string as <see cref="BinaryWriter.Write(string)"/> wrote it and returns its pooled instance; when the
    /// reader is over a <see cref="MemoryStream"/>, a string already in the pool is found without allocating a copy.
    /// </summary>
    public string Read(BinaryReader r)
    {
        if (r.BaseStream is not MemoryStream m || !m.TryGetBuffer(out var buffer)) return Get(r.ReadString());
        long start = m.Position;
        int length = r.Read7BitEncodedInt();
        int at = (int)m.Position;
        if (length < 0 || at + length > buffer.Count || length > 512) { m.Position = start; return Get(r.ReadString()); }
        var bytes = buffer.AsSpan(at, length);
        Span<char> chars = stackalloc char[length];
        int n = Encoding.UTF8.GetChars(bytes, chars);
        m.Position = at + length;
        var span = chars[..n];
        return _bySpan.TryGetValue(span, out var pooled) ? pooled : Get(new string(span));
    }
}
