using Parallax.Pipeline;
using Parallax.Pipeline.Cache;
using Parallax.Pipeline.Summaries;
using Parallax.Synth;
using Parallax.Tests.Support;

namespace Parallax.Tests.Pipeline;

public sealed class WarmFilesTests
{
    [Fact]
    public void Kept_content_is_given_once_and_only_while_its_files_are_unchanged()
    {
        using var dir = Repo.Temp();
        var a = Path.Combine(dir.Path, "a.seg");
        var b = Path.Combine(dir.Path, "b.seg");
        File.WriteAllText(a, "one");
        File.WriteAllText(b, "two");
        var content = new object();

        WarmFiles.Keep(dir.Path, [a, b], 7, content);
        Assert.Same(content, WarmFiles.Take<object>(dir.Path, [b, a], 7));
        Assert.Null(WarmFiles.Take<object>(dir.Path, [a, b], 7)); // taken: the caller owns it

        WarmFiles.Keep(dir.Path, [a, b], 7, content);
        Assert.Null(WarmFiles.Take<object>(dir.Path, [a, b], 8)); // another fingerprint
        WarmFiles.Keep(dir.Path, [a, b], 7, content);
        Assert.Null(WarmFiles.Take<object>(dir.Path, [a], 7)); // a file gone from the listing
        WarmFiles.Keep(dir.Path, [a], 7, content);
        Assert.Null(WarmFiles.Take<object>(dir.Path, [a, b], 7)); // a file the content does not cover
        WarmFiles.Keep(dir.Path, [a, b], 7, content);
        File.WriteAllText(b, "two, rewritten");
        Assert.Null(WarmFiles.Take<object>(dir.Path, [a, b], 7)); // rewritten
        WarmFiles.Keep(a, 7, content);
        File.Delete(a);
        Assert.Null(WarmFiles.Take<object>(a, 7)); // deleted
    }

    [Fact]
    public void A_rerun_in_the_same_process_starts_from_memory_unless_the_cache_changed_on_disk()
    {
        using var corpusDir = Repo.Temp();
        using var outDir = Repo.Temp();
        SyntheticCorpus.Write(corpusDir.Path, new SynthOptions { Articles = 60, MeanWords = 200, Seed = 11, Force = true });
        var cache = Path.Combine(outDir.Path, "cache");
        SummaryTags Run() => SummaryRun.Run(TaggingPipeline.Default(corpusDir.Path), corpusDir.Path, cache);
        static string Show(SummaryTags t) => string.Join("\n", t.Entities.Select(e => e.Id + "=" + string.Join(",", e.Variants.Select(v => v.Text + ":" + v.Total))))
            + "\n" + string.Join(" ", t.EntityOf.SelectMany(e => e)) + "\n" + string.Join(" ", t.Relations.Select(r => $"{r.From}>{r.To}:{r.Kind}:{r.Score}"));

        var first = Run();
        var warm = Run();
        Assert.Equal(0, warm.Tagged);
        Assert.Same(first.Articles[0], warm.Articles[0]); // the summaries kept, not read again
        Assert.Equal(Show(first), Show(warm));

        // the cache deleted behind the run's back: the next run does not trust what it kept, and tags everything again
        Directory.Delete(cache, recursive: true);
        var afterDelete = Run();
        Assert.Equal(first.Articles.Count, afterDelete.Tagged);
        Assert.Equal(Show(first), Show(afterDelete));
        Assert.NotEmpty(Directory.GetFiles(cache, "*.seg", SearchOption.AllDirectories));

        Assert.NotSame(first.Articles[0], afterDelete.Articles[0]);

        // with nothing kept (as in a new process), the summaries are read from disk, with the same results
        WarmFiles.Clear();
        var fromDisk = Run();
        Assert.Equal(0, fromDisk.Tagged);
        Assert.NotSame(afterDelete.Articles[0], fromDisk.Articles[0]);
        Assert.Equal(Show(first), Show(fromDisk));
    }
}
