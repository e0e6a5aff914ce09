using System.Security.Cryptography;
using System.Text;

namespace Parallax.Pipeline.Cache;

/// <summary>
/// What every cached tag depends on besides the article: the kit's build (its version and module id), every embedded
/// data file (lexicons, registries, gazetteer), the corpus folder's extensions of them, and the taggers' names in order.
/// Changing any of them gives another fingerprint, so cached tags from before are not reused.
/// </summary>
public static class DataFingerprint
{
    /// <summary>The fingerprint of <paramref name="pipeline"/> run with the data of <paramref name="data"/>.</summary>
    public static UInt128 Of(TaggingPipeline pipeline, KitData data)
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(string s) { var b = Encoding.UTF8.GetBytes(s); h.AppendData(BitConverter.GetBytes(b.Length)); h.AppendData(b); }
        var asm = typeof(DataFingerprint).Assembly;
        Add(asm.GetName().Version?.ToString() ?? "");
        Add(asm.ManifestModule.ModuleVersionId.ToString());
        foreach (var t in pipeline.Taggers) Add(t.Name + ":" + t.GetType().FullName);
        foreach (var name in KitData.EmbeddedNames().Order(StringComparer.Ordinal))
        {
            Add(name);
            Add(KitData.ReadEmbedded(name));
            if (data.UserFile(name) is { } user)
            {
                Add("user:" + name);
                h.AppendData(File.ReadAllBytes(user));
            }
        }
        return ContentHash.Fold(h.GetHashAndReset());
    }
}
