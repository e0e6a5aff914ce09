using System.Security.Cryptography;
using System.Text;

namespace Parallax.Pipeline.Cache;

/// <summary>
/// The hash of what the per-article taggers read from an article: id, text, language, paragraphs and metadata.
/// Two articles with the same hash get the same tags.
/// </summary>
public static class ContentHash
{
    /// <summary>A 128-bit hash of the article's taggable content.</summary>
    public static UInt128 Of(Article a)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string? s)
        {
            var bytes = Encoding.UTF8.GetBytes(s ?? "\u0000null");
            h.AppendData(BitConverter.GetBytes(bytes.Length));
            h.AppendData(bytes);
        }
        Add(a.Id);
        Add(a.Text);
        Add(a.Language);
        foreach (var p in a.Paragraphs) Add($"{p.Start},{p.End},{(int)p.Role}");
        Add("|");
        foreach (var f in ArticleMetadata.FieldNames) Add(a.Metadata.Get(f));
        return Fold(h.GetHashAndReset());
    }

    /// <summary>The first 16 bytes of a digest as a number.</summary>
    public static UInt128 Fold(ReadOnlySpan<byte> digest) =>
        new(BitConverter.ToUInt64(digest[..8]), BitConverter.ToUInt64(digest[8..16]));

    /// <summary>Lower-case hex of a hash.</summary>
    public static string Hex(UInt128 h) => h.ToString("x32", System.Globalization.CultureInfo.InvariantCulture);
}
