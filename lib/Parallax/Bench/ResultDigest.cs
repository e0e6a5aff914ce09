using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Parallax.Pipeline.Summaries;

namespace Parallax.Bench;

/// <summary>
/// A short hash of what a summary run found: entities (id, kind, canonical name, spellings with their counts per
/// article, merge reasons), each article's entity ids and the relations. Equal digests: two kit versions (or a fresh
/// run and a rerun from the cache) gave the same results.
/// </summary>
public static class ResultDigest
{
    /// <summary>The first 16 hex digits of the SHA-256 of the results in a fixed text form.</summary>
    public static string Of(SummaryTags tags)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Line(string s) => h.AppendData(Encoding.UTF8.GetBytes(s + "\n"));
        foreach (var e in tags.Entities)
        {
            Line($"E {e.Id} {e.Kind} {e.Canonical}");
            foreach (var v in e.Variants)
                Line($"  {v.Text} {v.Total} " + string.Join(" ", v.CountsByArticle.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{x.Key}:{x.Value}")));
            foreach (var m in e.Merges) Line($"  = {m.A} | {m.B} | {string.Join(";", m.Rules)}");
        }
        for (int d = 0; d < tags.Articles.Count; d++)
            Line($"A {tags.Articles[d].Id} {string.Join(" ", d < tags.EntityOf.Count ? tags.EntityOf[d] : [])}");
        foreach (var r in tags.Relations.OrderBy(r => (r.Kind, r.From, r.To)))
            Line($"R {r.Kind} {r.From} {r.To} {r.Score.ToString("R", CultureInfo.InvariantCulture)}");
        return Convert.ToHexString(h.GetHashAndReset())[..16].ToLowerInvariant();
    }
}
