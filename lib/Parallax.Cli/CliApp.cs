using Spectre.Console;

namespace Parallax.Cli;

/// <summary>Dispatches <c>parallax VERB ...</c> to its command.</summary>
public static class CliApp
{
    /// <summary>Exit codes: 0 ok, 1 a run or check failed, 2 bad usage or bad input.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            stdout.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }
        var rest = args[1..];
        try
        {
            return args[0] switch
            {
                "corpus" => CorpusCommand.Run(rest, stdout),
                "tag" => TagCommand.Run(rest, stdout),
                "run" => RunCommand.Run(rest, stdout, stderr),
                "attributions" => AttributionsCommand.Run(rest, stdout),
                "framing" => FramingCommand.Run(rest, stdout),
                "names" => NamesCommand.Run(rest, stdout),
                "synth" => SynthCommand.Run(rest, stdout, stderr),
                "bench" => BenchCommand.Run(rest, stdout),
                "kernel" => KernelCommand.Run(rest, stdout, stderr),
                _ => Unknown(args[0], stderr),
            };
        }
        catch (CorpusException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot read or write a file: {e.Message}");
            return 1;
        }
        catch (UsageException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            stderr.WriteLine(Usage);
            return 2;
        }
        finally
        {
            await stdout.FlushAsync();
        }
    }

    private static int Unknown(string verb, TextWriter stderr)
    {
        stderr.WriteLine($"error: unknown command '{verb}'");
        stderr.WriteLine(Usage);
        return 2;
    }

    public const string Usage = """
        usage: parallax COMMAND [options]

          corpus [DIR] [--json] [--no-manifest] [--max-file-mb N]
                                       list the articles of a corpus folder (default: seeds)
          tag [DIR] [--json]           tag a corpus and print the tags document (parallax.tags/1)
          run [NOTEBOOKS...] [--corpus DIR] [--out DIR] [--param k=v] [--fail-fast] [--quiet] [--in-place]
              [--cell-timeout S] [--no-images]
                                       run notebooks (default notebooks/*.ipynb) headless; writes executed
                                       notebooks, charts (HTML, CSV, PNG, SVG), report.html and run.json to out/
          attributions [DIR] [--json] [--unsourced]
                               who is cited in each article, how, what kind of source, through whom
          framing [DIR] [--by FIELD] [--target VALUE] [--min-freq N] [--top N] [--json] [--out FILE]
                                       labels by side, keyness by group, hedges, death terms, accounts, relations
          names [DIR] [--kind K] [--mentions]  people, organisations, places, outlets: spellings and merge reasons
          synth --articles N --out DIR [--seed S] [--format txt|md|jsonl] [--words W] [--force]
                                       write a deterministic synthetic corpus with its planted truth
          bench [--articles 1000,10000,100000] [--words W] [--format txt|jsonl] [--work DIR] [--keep-cache] [--profile N] [--load DIR]
                                       end-to-end speed and peak memory on synthetic corpora (cold run, then
                                       one article added, caches read from disk, then one more in the same
                                       process); --profile N: one-core time per tagger over N articles;
                                       --load DIR: loading a corpus alone, with a digest of what was loaded
          kernel install [--user|--prefix DIR] [--name N] [--corpus DIR] [--param k=v]
                                       install the "C# (Parallax)" Jupyter kernel (VS Code, JupyterLab)
          kernel uninstall [--user|--prefix DIR] [--name N]
                                       remove it
          kernel --connection-file FILE
                                       run the kernel (Jupyter front ends start it this way)
        """;

    /// <summary>Console for rich output, writing to the given writer.</summary>
    internal static IAnsiConsole ConsoleFor(TextWriter w) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(w), Ansi = AnsiSupport.Detect, ColorSystem = ColorSystemSupport.Detect });
}

/// <summary>Bad command-line usage.</summary>
public sealed class UsageException(string message) : Exception(message);
