using System.Globalization;
using Parallax.Synth;

namespace Parallax.Cli;

/// <summary>
/// <c>parallax synth --articles N --out DIR [--seed S] [--format txt|md|jsonl] [--words W] [--threads T] [--force]</c>:
/// writes a deterministic synthetic corpus (articles, corpus.yaml, synth.truth.json) into DIR.
/// </summary>
public static class SynthCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = new CliArgs(args, "articles", "out", "seed", "format", "words", "threads");
        a.Only("articles", "out", "seed", "format", "words", "threads", "force");
        if (a.Positionals.Count > 0) throw new UsageException($"synth takes no positional argument ('{a.Positionals[0]}'); use --out DIR");
        var outDir = a.Option("out") ?? throw new UsageException("synth needs --out DIR");
        var options = new SynthOptions
        {
            Articles = Int(a, "articles") ?? throw new UsageException("synth needs --articles N"),
            Seed = a.Option("seed") is { } s ? ulong.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var seed) ? seed : throw new UsageException($"--seed must be a whole number, not '{s}'") : 1,
            Format = a.Option("format") switch
            {
                null or "txt" => SynthFormat.Txt,
                "md" => SynthFormat.Md,
                "jsonl" => SynthFormat.Jsonl,
                var f => throw new UsageException($"--format must be txt, md or jsonl, not '{f}'"),
            },
            MeanWords = Int(a, "words") ?? 600,
            Threads = Int(a, "threads") ?? 0,
            Force = a.Flag("force"),
        };
        try
        {
            var r = SyntheticCorpus.Write(outDir, options);
            var langs = string.Join(", ", r.Languages.Select(kv => $"{kv.Key} {kv.Value}"));
            stdout.WriteLine(FormattableString.Invariant(
                $"wrote {r.Articles} articles ({r.Words} words; {langs}; {r.Translations} translations, {r.Reposts} reposts, {r.Entities} entities) to {r.Folder} in {r.Elapsed.TotalSeconds:0.0} s"));
            return 0;
        }
        catch (SynthException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int? Int(CliArgs a, string name) =>
        a.Option(name) is not { } v ? null
        : int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
        : throw new UsageException($"--{name} must be a whole number, not '{v}'");
}
