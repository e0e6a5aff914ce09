using System.Diagnostics;

namespace Parallax.Synth;

/// <summary>
/// Deterministic generator of realistic test corpora: many outlets and dates, English and French, invented people
/// spelled differently by different outlets, attributions, actor labels, hedges, translations and reposts. Writes the
/// articles, a <c>corpus.yaml</c> manifest and <c>synth.truth.json</c> (what was planted) into one folder, and
/// nothing elsewhere. The same options give byte-identical files.
/// </summary>
/// <remarks>
/// Articles are made in batches (one sub-folder or jsonl file each) on all cores; a batch's manifest entries and truth
/// are appended in order while the next batch is made. Memory is bounded by a batch, whatever the corpus size.
/// </remarks>
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
        var outlets = new OutletPool(world);
        var composer = new ArticleComposer(world, outlets, new ArticleSpecs(options, world, outlets));
        var files = new ArticleFiles(options);
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Threads > 0 ? options.Threads : Environment.ProcessorCount };
        using var manifest = new ManifestWriter(root, options);
        using var truth = new TruthWriter(root, options);
        var pending = Task.CompletedTask;
        for (int start = 0; start < options.Articles; start += options.FilesPerFolder)
        {
            int first = start, n = Math.Min(options.FilesPerFolder, options.Articles - start);
            var part = files.PartOf(first);
            files.BeginPart(root, part);
            var batch = new (string? Line, string? Entry, ArticleTruth Truth)[n];
            Parallel.For(0, n, parallel, i =>
            {
                var a = composer.Compose(first + i);
                var file = files.FileOf(a);
                var line = files.Write(root, a);
                batch[i] = (line, ManifestWriter.Entry(options, file, a), ArticleTruth.Of(file, a, Parallax.Text.WordCounter.Count(a.Text)));
            });
            files.EndPart(root, part);
            pending.GetAwaiter().GetResult();
            pending = Task.Run(() =>
            {
                if (options.Format == SynthFormat.Jsonl) ArticleFiles.WritePart(root, part + ".jsonl", batch.Select(b => b.Line!));
                foreach (var b in batch)
                {
                    manifest.Add(b.Entry);
                    truth.Add(b.Truth);
                }
            });
        }
        pending.GetAwaiter().GetResult();
        manifest.Commit();
        truth.Commit();
        return truth.Summary(root, clock.Elapsed);
    }
}
