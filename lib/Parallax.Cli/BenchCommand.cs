using System.Globalization;
using Parallax.Bench;
using Parallax.Pipeline;

namespace Parallax.Cli;

/// <summary>
/// <c>parallax bench [--articles 1000,10000,100000] [--words 600] [--work DIR] [--threads T] [--profile N]</c>:
/// end-to-end timings on synthetic corpora (cached in the work folder), and with <c>--profile N</c> a one-core
/// breakdown of tagging time per component over N articles.
/// </summary>
public static class BenchCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var a = new CliArgs(args, "articles", "words", "work", "threads", "profile");
        a.Only("articles", "words", "work", "threads", "profile");
        var work = a.Option("work") ?? Path.Combine(Path.GetTempPath(), "parallax-bench");
        int words = Int(a, "words") ?? 600;
        if (Int(a, "profile") is { } n)
        {
            var corpus = Corpus.Load(BenchCorpora.Ensure(work, n, words, stdout));
            var profile = TaggerProfile.Measure(TaggingPipeline.Default(corpus.Root), corpus.Articles, corpus.Root);
            foreach (var c in profile)
                stdout.WriteLine(FormattableString.Invariant($"{c.Component,-24} {c.Time.TotalSeconds,8:0.000} s  {c.WordsPerSecond,12:N0} words/s"));
            stdout.WriteLine(FormattableString.Invariant($"held after tagging: {TaggerProfile.HeldBytes / 1048576.0:0} MB"));
            var taggers = profile.Where(c => !c.Component.StartsWith("step:", StringComparison.Ordinal)).ToList();
            var total = TimeSpan.FromTicks(taggers.Sum(c => c.Time.Ticks));
            stdout.WriteLine(FormattableString.Invariant($"{"all taggers",-24} {total.TotalSeconds,8:0.000} s  {taggers[0].Words / total.TotalSeconds,12:N0} words/s"));
            return 0;
        }
        return 0;
    }

    private static int? Int(CliArgs a, string name) =>
        a.Option(name) is not { } v ? null
        : int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new UsageException($"--{name} must be a whole number, not '{v}'");
}
