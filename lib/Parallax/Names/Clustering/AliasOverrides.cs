using Parallax.Names.Data;

namespace Parallax.Names.Clustering;

/// <summary>
/// The user's pins and forbids from <c>aliases.yaml</c> in the corpus folder: pinned spellings are one entity whatever
/// the rules say; forbidden pairs are never in one entity. Spellings are compared folded.
/// </summary>
public sealed class AliasOverrides(AliasFile file)
{
    private readonly List<HashSet<string>> _pins = file.Pin.Select(g => g.Select(TextFold.Fold).ToHashSet()).ToList();
    private readonly List<(string A, string B)> _forbid = file.Forbid.Where(p => p.Count == 2).Select(p => (TextFold.Fold(p[0]), TextFold.Fold(p[1]))).ToList();

    public static AliasOverrides For(KitData data) =>
        new(data.Load<AliasFile>("aliases.yaml", (k, u) => new AliasFile { Pin = [.. k.Pin, .. u.Pin], Forbid = [.. k.Forbid, .. u.Forbid] }));

    /// <summary>Groups of pinned spellings.</summary>
    public IReadOnlyList<HashSet<string>> Pins => _pins;

    /// <summary>True when one entity may not hold spellings from both sets.</summary>
    public bool Forbids(IEnumerable<string> a, IEnumerable<string> b)
    {
        if (_forbid.Count == 0) return false;
        var fa = a.Select(TextFold.Fold).ToHashSet(); var fb = b.Select(TextFold.Fold).ToHashSet();
        return _forbid.Any(f => fa.Contains(f.A) && fb.Contains(f.B) || fa.Contains(f.B) && fb.Contains(f.A));
    }
}
