using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Parallax.Cli;

/// <summary>
/// A SHA-256 over everything the loader produced (ids, texts, language and confidence, metadata with origins,
/// paragraph spans and roles, warnings), so two loader versions can be compared on a large corpus.
/// </summary>
public sealed class LoadDigest : IDisposable
{
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

    /// <summary>Adds one article.</summary>
    public void Add(Article a)
    {
        Add(a.Id); Add(a.File); Add(a.Text); Add(a.Language); Add(a.LanguageConfidence.ToString("R", CultureInfo.InvariantCulture));
        foreach (var f in ArticleMetadata.FieldNames) Add(f + "=" + a.Metadata.Get(f));
        foreach (var (k, o) in a.Metadata.Origins.OrderBy(kv => kv.Key, StringComparer.Ordinal)) Add(k + ":" + o);
        foreach (var p in a.Paragraphs) Add(FormattableString.Invariant($"{p.Start}-{p.End}:{p.Role}"));
    }

    /// <summary>The digest, warnings included, as hex (first 16 characters).</summary>
    public string Hex(IEnumerable<CorpusWarning> warnings)
    {
        foreach (var w in warnings) Add(w.ToString());
        return Convert.ToHexString(_hash.GetHashAndReset())[..16].ToLowerInvariant();
    }

    private void Add(string? s)
    {
        _hash.AppendData(Encoding.UTF8.GetBytes(s ?? "\u0001null"));
        _hash.AppendData([0]);
    }

    public void Dispose() => _hash.Dispose();
}
