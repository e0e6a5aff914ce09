using Parallax.Synth;

namespace Parallax.Bench;

/// <summary>Synthetic corpora for benchmarks, generated once into a work folder and reused.</summary>
public static class BenchCorpora
{
    /// <summary>The folder of a synthetic corpus of <paramref name="articles"/> articles, generated when missing.</summary>
    public static string Ensure(string work, int articles, int words, TextWriter? log = null)
    {
        var dir = Path.Combine(work, $"synth-{articles}-w{words}");
        if (File.Exists(Path.Combine(dir, "synth.truth.json"))) return dir;
        log?.WriteLine($"generating {articles} articles into {dir}");
        SyntheticCorpus.Write(dir, new SynthOptions { Articles = articles, MeanWords = words, Force = true });
        return dir;
    }
}
