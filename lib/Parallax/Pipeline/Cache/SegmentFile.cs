using System.IO.Compression;
using System.Security.Cryptography;

namespace Parallax.Pipeline.Cache;

/// <summary>
/// The file format of the kit's caches (<see cref="TagCache"/>, <see cref="Summaries.SummaryStore"/>): a header (magic
/// number, format version, fingerprint, body length, SHA-256 of the body) and a zlib-compressed body. Files are
/// written atomically; reading checks every part and throws <see cref="InvalidDataException"/> on the first mismatch.
/// </summary>
public static class SegmentFile
{
    /// <summary>Writes <paramref name="path"/> (temp file, then rename) with the body <paramref name="writeBody"/> writes.</summary>
    public static void Write(string path, int magic, int version, UInt128 fingerprint, Action<BinaryWriter> writeBody)
    {
        using var body = new MemoryStream();
        // the many small writes (a count, a hash, a short string) go to a buffer, not through the compressor one by one
        using (var z = new ZLibStream(body, CompressionLevel.Fastest, leaveOpen: true))
        using (var buffered = new BufferedStream(z, 1 << 16))
        using (var w = new BinaryWriter(buffered))
            writeBody(w);
        int length = (int)body.Length;
        var digest = SHA256.HashData(body.GetBuffer().AsSpan(0, length));
        Charts.AtomicFile.Write(path, file =>
        {
            using (var w = new BinaryWriter(file, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                w.Write(magic); w.Write(version);
                w.Write((ulong)(fingerprint >> 64)); w.Write((ulong)fingerprint);
                w.Write(length);
                w.Write(digest);
            }
            file.Write(body.GetBuffer(), 0, length);
        });
    }

    /// <summary>
    /// Checks the header and checksum of <paramref name="path"/>, then reads its body with <paramref name="readBody"/>;
    /// <paramref name="what"/> names what the file should be, for the error ("a tag cache segment").
    /// </summary>
    public static T Read<T>(string path, int magic, int version, UInt128 fingerprint, string what, Func<BinaryReader, T> readBody)
    {
        // the file and its inflated body go to pooled buffers: a run reads dozens of these files of megabytes each
        var pool = System.Buffers.ArrayPool<byte>.Shared;
        byte[] all, inflated = [];
        int size;
        using (var f = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan))
        {
            long length64 = f.Length;
            if (length64 > int.MaxValue / 2) throw new InvalidDataException($"not {what} (too large)");
            size = (int)length64;
            all = pool.Rent(Math.Max(size, 1));
            f.ReadExactly(all, 0, size);
        }
        try
        {
            using var r = new BinaryReader(new MemoryStream(all, 0, size, writable: false));
            if (size < 60 || r.ReadInt32() != magic) throw new InvalidDataException($"not {what}");
            if (r.ReadInt32() is var v && v != version) throw new InvalidDataException($"format version {v}, expected {version}");
            var fp = ((UInt128)r.ReadUInt64() << 64) | r.ReadUInt64();
            if (fp != fingerprint) throw new InvalidDataException("made with other data or another kit version");
            int length = r.ReadInt32();
            var digest = r.ReadBytes(32);
            int start = (int)r.BaseStream.Position;
            if (length < 0 || start + length != size) throw new InvalidDataException("truncated or padded");
            if (!SHA256.HashData(all.AsSpan(start, length)).AsSpan().SequenceEqual(digest)) throw new InvalidDataException("checksum mismatch");
            // the body is inflated in one go: the many small reads (a count, a hash, a short string) then come from memory
            inflated = pool.Rent(Math.Max(length * 4, 1 << 16));
            int used = 0;
            using (var z = new ZLibStream(new MemoryStream(all, start, length, writable: false), CompressionMode.Decompress))
                for (int n; (n = z.Read(inflated, used, inflated.Length - used)) > 0;)
                {
                    used += n;
                    if (used == inflated.Length)
                    {
                        var bigger = pool.Rent(inflated.Length * 2);
                        Buffer.BlockCopy(inflated, 0, bigger, 0, used);
                        pool.Return(inflated);
                        inflated = bigger;
                    }
                }
            using var body = new BinaryReader(new MemoryStream(inflated, 0, used, writable: false, publiclyVisible: true));
            return readBody(body);
        }
        finally
        {
            pool.Return(all);
            if (inflated.Length > 0) pool.Return(inflated);
        }
    }

    /// <summary>
    /// As <see cref="Read{T}"/>, but a missing file or one that fails the checks or cannot be read gives
    /// <paramref name="fallback"/> (a memo that is only an aid: the work is done again).
    /// </summary>
    public static T ReadIfReadable<T>(string path, int magic, int version, UInt128 fingerprint, string what, Func<BinaryReader, T> readBody, T fallback)
    {
        if (!File.Exists(path)) return fallback;
        try { return Read(path, magic, version, fingerprint, what, readBody); }
        catch (Exception e) when (IsUnreadable(e)) { return fallback; }
    }

    // The errors a damaged, foreign or locked cache file gives.
    private static bool IsUnreadable(Exception e) =>
        e is InvalidDataException or EndOfStreamException or IOException or UnauthorizedAccessException or ArgumentException;

    /// <summary>
    /// Reads the segment files of <paramref name="folder"/> (name order: later runs last) in parallel. Returns each
    /// readable file with its content, in name order; a file that fails the checks or cannot be read is passed to
    /// <paramref name="unreadable"/> (in name order too) and left out.
    /// </summary>
    public static List<(string File, T Content)> ReadAll<T>(string folder, Func<string, T> read, Action<string, Exception> unreadable)
    {
        if (!Directory.Exists(folder)) return [];
        var files = Directory.GetFiles(folder, "*.seg").Order(StringComparer.Ordinal).ToList();
        var results = new (T? Content, Exception? Error)[files.Count];
        Parallel.For(0, files.Count, i =>
        {
            try { results[i] = (read(files[i]), null); }
            catch (Exception e) when (IsUnreadable(e))
            {
                results[i] = (default, e);
            }
        });
        var readable = new List<(string, T)>(files.Count);
        for (int i = 0; i < files.Count; i++)
        {
            if (results[i].Error is { } e) unreadable(files[i], e);
            else readable.Add((files[i], results[i].Content!));
        }
        return readable;
    }

    /// <summary>Runs a deletion, ignoring a file that is gone or locked (it is retried on a later run).</summary>
    public static void TryDelete(Action delete)
    {
        try { delete(); }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
