using Parallax.Synth;

namespace Parallax.Bench;

/// <summary>Synthetic corpora for benchmarks, generated once into a work folder and reused.</summary>
public static class BenchCorpora
{
    /// <summary>The folder of a synthetic corpus of <paramref name="articles"/> articles, generated when missing.</summary>
    /// <remarks>
    /// Txt corpora carry their metadata in one <c>corpus.yaml</c>, which the loader refuses above 4 MB (about 13,000
    /// articles); jsonl corpora carry it on each line, so they scale to any size.
    /// </remarks>
    public static string Ensure(string work, int articles, int words, TextWriter? log = null, SynthFormat format = SynthFormat.Txt)
    {
        var dir = Path.Combine(work, $"synth-{articles}-w{words}" + (format == SynthFormat.Txt ? "" : "-" + format.ToString().ToLowerInvariant()));
        if (File.Exists(Path.Combine(dir, "synth.truth.json"))) return dir;
        log?.WriteLine($"generating {articles} articles into {dir}");
        SyntheticCorpus.Write(dir, new SynthOptions { Articles = articles, MeanWords = words, Force = true, Format = format });
        return dir;
    }
}
