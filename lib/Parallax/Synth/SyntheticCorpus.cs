using System.Diagnostics;

namespace Parallax.Synth;

/// <summary>
/// Deterministic generator of realistic test corpora: many outlets and dates, English and French, invented people
/// spelled differently by different outlets, attributions, actor labels, hedges, translations and reposts. Writes the
/// articles, a <c>corpus.yaml</c> manifest and <c>synth.truth.json</c> (what was planted) into one folder, and
/// nothing elsewhere. The same options give byte-identical files.
/// </summary>
public static class SyntheticCorpus
{
    /// <summary>Writes <paramref name="articles"/> articles into <paramref name="outDir"/>.</summary>
    public static SynthSummary Write(string outDir, int articles, ulong seed = 1, SynthFormat format = SynthFormat.Txt) =>
        Write(outDir, new SynthOptions { Articles = articles, Seed = seed, Format = format });

    /// <summary>Writes a corpus with the given options into <paramref name="outDir"/>.</summary>
    public static SynthSummary Write(string outDir, SynthOptions options)
    {
        if (options.Problem() is { } problem) throw new SynthException(problem);
        var clock = Stopwatch.StartNew();
        var root = OutputFolder.Prepare(outDir, options.Force);
        var world = SynthWorld.Default;
        var composer = new ArticleComposer(world, new OutletPool(world), new ArticleSpecs(options, world, new OutletPool(world)));
        var files = new ArticleFiles(options);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads > 0 ? options.Threads : Environment.ProcessorCount };
        using var manifest = new ManifestWriter(root, options);
        using var truth = new TruthWriter(root, options);
        int batchSize = options.FilesPerFolder;
        var batch = new SynthArticle[Math.Min(batchSize, options.Articles)];
        var words = new int[batch.Length];
        for (int start = 0; start < options.Articles; start += batchSize)
        {
            int n = Math.Min(batchSize, options.Articles - start);
            Parallel.For(0, n, parallel, i =>
            {
                batch[i] = composer.Compose(start + i);
                words[i] = Parallax.Text.WordCounter.Count(batch[i].Text);
            });
            var slice = new ArraySegment<SynthArticle>(batch, 0, n);
            files.WriteBatch(root, slice, parallel);
            for (int i = 0; i < n; i++)
            {
                var file = files.FileOf(batch[i]);
                manifest.Add(file, batch[i]);
                truth.Add(file, batch[i], words[i]);
            }
        }
        manifest.Commit();
        truth.Commit();
        return truth.Summary(root, clock.Elapsed);
    }
}
