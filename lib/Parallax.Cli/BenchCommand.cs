using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using Parallax.Bench;
using Parallax.Pipeline;

namespace Parallax.Cli;

/// <summary>
/// <c>parallax bench [--articles 1000,10000,100000] [--words 600] [--format txt|jsonl] [--work DIR] [--keep-cache] [--profile N] [--load DIR]</c>:
/// end-to-end timings on synthetic corpora (generated once into the work folder), each size in a fresh process so its
/// peak memory is its own (<c>--keep-cache</c>: the first run starts from the summaries a previous bench left, to time
/// the corpus steps alone); with <c>--profile N</c> a one-core breakdown of tagging time per component over N articles;
/// with <c>--load DIR</c> the time to stream-load a corpus folder alone (no tagging) and a digest of what was loaded
/// (equal digests: two loader versions gave the same articles).
/// </summary>
public static class BenchCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var a = new CliArgs(args, "articles", "words", "work", "profile", "one", "format", "load");
        a.Only("articles", "words", "work", "profile", "one", "format", "load", "keep-cache");
        if (a.Option("load") is { } load) return Load(load, stdout);
        bool keepCache = a.Flag("keep-cache");
        var format = a.Option("format") switch
        {
            null or "txt" => Synth.SynthFormat.Txt,
            "jsonl" => Synth.SynthFormat.Jsonl,
            var f => throw new UsageException($"--format takes txt or jsonl, not '{f}'"),
        };
        var formatName = format.ToString().ToLowerInvariant();
        var work = Path.GetFullPath(a.Option("work") ?? Path.Combine(Path.GetTempPath(), "parallax-bench"));
        int words = Int(a.Option("words"), "words") ?? 600;
        if (Int(a.Option("profile"), "profile") is { } n) return Profile(work, n, words, stdout);
        if (Int(a.Option("one"), "one") is { } one) return One(work, one, words, format, keepCache, stdout);
        var sizes = (a.Option("articles") ?? "1000,10000,100000").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(s => Int(s, "articles") ?? 0).ToList();
        if (sizes.Count == 0 || sizes.Any(s => s < 1)) throw new UsageException("--articles takes sizes like 1000,10000");
        stdout.WriteLine($"bench: {Environment.ProcessorCount} cores, work folder {work}");
        stdout.WriteLine("articles      words load+tag s cluster s relate s frames s  total s    cpu s   words/s  peak MB entities relations | +1 article: from disk, in process");
        stdout.Flush();
        foreach (var size in sizes)
        {
            BenchCorpora.Ensure(work, size, words, stdout, format);
            int code = Child(["bench", "--one", size.ToString(CultureInfo.InvariantCulture), "--words", words.ToString(CultureInfo.InvariantCulture), "--work", work, "--format", formatName, .. (keepCache ? new[] { "--keep-cache" } : [])], stdout);
            if (code != 0) return code;
        }
        return 0;
    }

    private static int One(string work, int articles, int words, Synth.SynthFormat format, bool keepCache, TextWriter stdout)
    {
        var corpus = BenchCorpora.Ensure(work, articles, words, stdout, format);
        var r = EndToEndBench.Run(corpus, Path.Combine(work, $"out-{Path.GetFileName(corpus)}"), keepCache);
        stdout.WriteLine(FormattableString.Invariant(
            $"{r.Articles,8} {r.Words,10} {r.LoadAndTag.TotalSeconds,10:0.00} {r.Clustering.TotalSeconds,9:0.00} {r.Relations.TotalSeconds,8:0.00} {r.Frames.TotalSeconds,8:0.00} {r.Total.TotalSeconds,8:0.00} {r.Cpu.TotalSeconds,8:0.00} {r.WordsPerSecond,9:N0} {r.PeakWorkingSet / 1048576.0,8:0} {r.Entities,8} {r.RelationCount,9} | {r.Rerun.TotalSeconds:0.00} s, {r.RerunInProcess.TotalSeconds:0.00} s"));
        stdout.WriteLine("    cold: " + Parts(r.ColdProfile));
        stdout.WriteLine("    +1 from disk:  " + Parts(r.RerunProfile));
        stdout.WriteLine("    +1 in process: " + Parts(r.RerunInProcessProfile));
        stdout.WriteLine($"    results digest: cold {r.Digest}, +1 {r.RerunDigest}, +1 more {r.RerunInProcessDigest}");
        return 0;
    }

    // Streams the folder through the loader as the summary run does (no manifest-wide checks), counting articles and words.
    private static int Load(string folder, TextWriter stdout)
    {
        var warnings = new List<CorpusWarning>();
        var clock = Stopwatch.StartNew();
        var cpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        long articles = 0, words = 0, counting = 0;
        using var digest = new LoadDigest();
        foreach (var article in Corpus.Enumerate(folder, CorpusOptions.Default, warnings))
        {
            long t0 = Stopwatch.GetTimestamp();
            articles++;
            words += Parallax.Text.WordCounter.Count(article.Text);
            digest.Add(article);
            counting += Stopwatch.GetTimestamp() - t0;
        }
        // word counting is the bench's own work, not loading
        var wall = (clock.Elapsed - Stopwatch.GetElapsedTime(0, counting)).TotalSeconds;
        var cpu = (Process.GetCurrentProcess().TotalProcessorTime - cpu0).TotalSeconds;
        stdout.WriteLine(FormattableString.Invariant(
            $"load {folder}: {articles:N0} articles, {words:N0} words, {wall:0.00} s wall, {cpu:0.00} s cpu, {articles / wall:N0} articles/s, {words / wall:N0} words/s, {warnings.Count} warnings, digest {digest.Hex(warnings)}"));
        return 0;
    }

    private static string Parts(IEnumerable<(string Part, TimeSpan Time)> parts) =>
        string.Join(", ", parts.Select(p => FormattableString.Invariant($"{p.Part} {p.Time.TotalSeconds:0.00}")));

    private static int Profile(string work, int n, int words, TextWriter stdout)
    {
        // the last fifth warms up (untimed), the rest is timed: one pass of fresh texts at steady speed
        var corpus = Corpus.Load(BenchCorpora.Ensure(work, n, words, stdout));
        int timed = Math.Max(1, corpus.Articles.Count * 4 / 5);
        var articles = corpus.Articles.Take(timed).ToList();
        stdout.WriteLine($"one core, {articles.Count} articles timed after an untimed pass over {corpus.Articles.Count - timed} others");
        var profile = TaggerProfile.Measure(TaggingPipeline.Default(corpus.Root), articles, corpus.Root, corpus.Articles.Skip(timed).ToList());
        foreach (var c in profile)
            stdout.WriteLine(FormattableString.Invariant($"{c.Component,-24} {c.Time.TotalSeconds,8:0.000} s  {c.WordsPerSecond,12:N0} words/s{(c.AllocatedBytes > 0 ? $"  {c.BytesPerWord,8:N0} B/word" : "")}{(c.Cpu > TimeSpan.Zero ? $"  {c.WordsPerCpuSecond,12:N0} words/cpu-s" : "")}"));
        stdout.WriteLine(FormattableString.Invariant($"held after tagging: {TaggerProfile.HeldBytes / 1048576.0:0} MB"));
        var taggers = profile.Where(c => !c.Component.StartsWith("step:", StringComparison.Ordinal) && !c.Component.StartsWith("summarise", StringComparison.Ordinal)).ToList();
        Total(stdout, "all taggers (one core)", taggers);
        // issue 8's measure: mentions, attributions and labels together
        Total(stdout, "names+attribution+labels", taggers.Where(c => c.Component is "names" or "attribution" or "actor-labels").ToList());
        return 0;
    }

    private static void Total(TextWriter stdout, string label, IReadOnlyList<ComponentTime> parts)
    {
        if (parts.Count == 0) return;
        var total = TimeSpan.FromTicks(parts.Sum(c => c.Time.Ticks));
        long words = parts[0].Words;
        stdout.WriteLine(FormattableString.Invariant($"{label,-24} {total.TotalSeconds,8:0.000} s  {words / total.TotalSeconds,12:N0} words/s  {parts.Sum(c => c.AllocatedBytes) / (double)words,8:N0} B/word{(parts.Sum(c => c.Cpu.Ticks) is > 0 and var cpu ? $"  {words / TimeSpan.FromTicks(cpu).TotalSeconds,12:N0} words/cpu-s" : "")}"));
    }

    // Runs this CLI again in a fresh process (so peak memory is per size) and relays its output.
    private static int Child(string[] args, TextWriter stdout)
    {
        var exe = Environment.ProcessPath ?? throw new InvalidOperationException("cannot find this program's path");
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(exe) == "dotnet") start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        foreach (var x in args) start.ArgumentList.Add(x);
        using var p = Process.Start(start)!;
        for (string? line; (line = p.StandardOutput.ReadLine()) is not null;) { stdout.WriteLine(line); stdout.Flush(); }
        p.WaitForExit();
        return p.ExitCode;
    }

    private static int? Int(string? v, string name) =>
        v is null ? null
        : int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new UsageException($"--{name} must be a whole number, not '{v}'");
}
