using System.Collections.Concurrent;

namespace Parallax.Pipeline.Cache;

/// <summary>
/// What this process last wrote to (or read from) each cache file, kept while the file is unchanged on disk: a rerun in
/// the same process (a notebook's cells run again) takes it from memory instead of reading and decoding the file again.
/// A file is unchanged when its length and write time are those it had when its content was kept, for the same
/// fingerprint; anything else (another process wrote it, it was deleted) makes the next run read the disk.
/// </summary>
public static class WarmFiles
{
    private sealed record Kept(string[] Paths, (long Length, DateTime Written)[] Stamps, UInt128 Fingerprint, object Content);

    private static readonly ConcurrentDictionary<string, Kept> _kept = new(StringComparer.Ordinal);

    /// <summary>Keeps <paramref name="content"/> as what <paramref name="paths"/> (one cache's files, under a key) hold now.</summary>
    public static void Keep(string key, IReadOnlyList<string> paths, UInt128 fingerprint, object content)
    {
        var sorted = paths.Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToArray();
        if (Stamps(sorted) is { } stamps) _kept[Path.GetFullPath(key)] = new Kept(sorted, stamps, fingerprint, content);
        else _kept.TryRemove(Path.GetFullPath(key), out _);
    }

    /// <summary>As <see cref="Keep(string, IReadOnlyList{string}, UInt128, object)"/> for a cache of one file.</summary>
    public static void Keep(string path, UInt128 fingerprint, object content) => Keep(path, [path], fingerprint, content);

    /// <summary>
    /// Takes out the content kept under <paramref name="key"/> when <paramref name="paths"/> are exactly the files it was
    /// kept for, unchanged, with the same fingerprint (it is no longer kept: the caller owns it); else null.
    /// </summary>
    public static T? Take<T>(string key, IReadOnlyList<string> paths, UInt128 fingerprint) where T : class
    {
        if (!_kept.TryRemove(Path.GetFullPath(key), out var kept) || kept.Fingerprint != fingerprint || kept.Content is not T content) return null;
        var sorted = paths.Select(Path.GetFullPath).Order(StringComparer.Ordinal).ToArray();
        return sorted.SequenceEqual(kept.Paths, StringComparer.Ordinal) && Stamps(sorted) is { } now && now.SequenceEqual(kept.Stamps) ? content : null;
    }

    /// <summary>As <see cref="Take{T}(string, IReadOnlyList{string}, UInt128)"/> for a cache of one file.</summary>
    public static T? Take<T>(string path, UInt128 fingerprint) where T : class => Take<T>(path, [path], fingerprint);

    /// <summary>Drops everything kept (the next run reads its caches from disk).</summary>
    public static void Clear() => _kept.Clear();

    private static (long, DateTime)[]? Stamps(string[] paths)
    {
        var stamps = new (long, DateTime)[paths.Length];
        for (int i = 0; i < paths.Length; i++)
        {
            var info = new FileInfo(paths[i]);
            if (!info.Exists) return null;
            stamps[i] = (info.Length, info.LastWriteTimeUtc);
        }
        return stamps;
    }
}
