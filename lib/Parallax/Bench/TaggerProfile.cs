using System.Diagnostics;
using Parallax.Pipeline;

namespace Parallax.Bench;

/// <summary>Time spent in one pipeline component over a set of articles, and the bytes it allocated on its thread.</summary>
/// <param name="Component">The tagger or corpus step.</param>
/// <param name="Time">Wall-clock time in it.</param>
/// <param name="Words">Words of the articles it ran over.</param>
/// <param name="AllocatedBytes">Bytes it allocated on the measuring thread.</param>
/// <param name="Cpu">CPU time of the measuring thread in it (zero where the system does not tell it).</param>
public sealed record ComponentTime(string Component, TimeSpan Time, long Words, long AllocatedBytes = 0, TimeSpan Cpu = default)
{
    /// <summary>Words per second of CPU time of this component alone (steady on a busy machine), or 0 when not measured.</summary>
    public double WordsPerCpuSecond => Cpu.TotalSeconds <= 0 ? 0 : Words / Cpu.TotalSeconds;

    /// <summary>Bytes allocated per word (allocation drives garbage-collection time; steadier than time on a busy machine).</summary>
    public double BytesPerWord => Words <= 0 ? 0 : (double)AllocatedBytes / Words;

    /// <summary>Words per second of this component alone.</summary>
    public double WordsPerSecond => Time.TotalSeconds <= 0 ? 0 : Words / Time.TotalSeconds;
}

/// <summary>
/// Where tagging time goes: every tagger of a pipeline run on one thread over the same articles, each timed apart
/// (a stopwatch around each component), then every corpus step.
/// </summary>
public static class TaggerProfile
{
    /// <summary>Managed memory held after the last tagging pass (articles and documents alive).</summary>
    public static long HeldBytes { get; private set; }

    /// <summary>
    /// Times each tagger and corpus step of <paramref name="pipeline"/> over <paramref name="articles"/> on this thread,
    /// after an untimed pass over <paramref name="warmUp"/> (other articles: the code is compiled and the look-up caches
    /// hold what recurs, as in any long run, but the timed texts are new).
    /// </summary>
    public static IReadOnlyList<ComponentTime> Measure(TaggingPipeline pipeline, IReadOnlyList<Article> articles, string corpusRoot = "", IReadOnlyList<Article>? warmUp = null)
    {
        foreach (var a in warmUp ?? [])
        {
            var doc = new Document(a);
            foreach (var t in pipeline.Taggers) doc = t.Tag(doc);
        }
        long words = articles.Sum(a => (long)a.WordCount);
        var times = new TimeSpan[pipeline.Taggers.Count];
        var allocated = new long[pipeline.Taggers.Count];
        var cpu = new TimeSpan[pipeline.Taggers.Count];
        var docs = new List<Document>(articles.Count);
        foreach (var a in articles)
        {
            var doc = new Document(a);
            for (int t = 0; t < pipeline.Taggers.Count; t++)
            {
                long bytes = GC.GetAllocatedBytesForCurrentThread();
                var cpuStart = ThreadCpuClock.Now();
                long start = Stopwatch.GetTimestamp();
                doc = pipeline.Taggers[t].Tag(doc);
                times[t] += Stopwatch.GetElapsedTime(start);
                cpu[t] += ThreadCpuClock.Now() - cpuStart;
                allocated[t] += GC.GetAllocatedBytesForCurrentThread() - bytes;
            }
            docs.Add(doc);
        }
        var result = pipeline.Taggers.Select((t, i) => new ComponentTime(t.Name, times[i], words, allocated[i], cpu[i])).ToList();
        var summarizer = Pipeline.Summaries.ArticleSummarizer.For(KitData.For(corpusRoot.Length > 0 ? corpusRoot : null));
        long summarising = Stopwatch.GetTimestamp();
        foreach (var d in docs) GC.KeepAlive(summarizer.Of(d));
        result.Add(new ComponentTime("summarise (scale path)", Stopwatch.GetElapsedTime(summarising), words));
        HeldBytes = GC.GetTotalMemory(forceFullCollection: true);
        var tags = new CorpusTags(corpusRoot, docs, []);
        foreach (var s in pipeline.Steps)
        {
            long start = Stopwatch.GetTimestamp();
            tags = s.Apply(tags);
            result.Add(new ComponentTime("step: " + s.Name, Stopwatch.GetElapsedTime(start), words));
        }
        return result;
    }
}
