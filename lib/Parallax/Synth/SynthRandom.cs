namespace Parallax.Synth;

/// <summary>
/// A small deterministic random generator (SplitMix64): the same seed gives the same numbers on every platform and
/// .NET version, which <see cref="Random"/> does not promise.
/// </summary>
public struct SynthRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for one named stream of a seed, e.g. (seed, "article", 42).</summary>
    public static SynthRandom For(ulong seed, string stream, long index) => new(Hash(seed, stream, index));

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>A number in [0, n).</summary>
    public int Below(int n) => n <= 1 ? 0 : (int)(Next() % (ulong)n);

    /// <summary>A number in [min, max].</summary>
    public int Between(int min, int max) => min + Below(max - min + 1);

    /// <summary>A number in [0, 1).</summary>
    public double Unit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => Unit() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Below(items.Count)];

    /// <summary>Roughly normal (sum of uniforms), mean 0, deviation 1.</summary>
    public double Normal()
    {
        double s = 0;
        for (int i = 0; i < 12; i++) s += Unit();
        return s - 6;
    }

    /// <summary>A stable hash of a seed, a stream name and an index.</summary>
    public static ulong Hash(ulong seed, string stream, long index)
    {
        ulong h = Mix(seed ^ 0x243F6A8885A308D3UL);
        foreach (var c in stream) h = Mix(h ^ c);
        return Mix(h ^ (ulong)index);
    }

    /// <summary>A stable hash of a text (FNV-1a then mixed).</summary>
    public static ulong Hash(string text)
    {
        ulong h = 14695981039346656037UL;
        foreach (var c in text) { h ^= c; h *= 1099511628211UL; }
        return Mix(h);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
