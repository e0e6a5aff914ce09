using System.Globalization;
using Parallax.Notebooks.Run;
using Parallax.Notebooks.Scripting;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary>
/// <c>parallax run [NOTEBOOKS...] [--corpus DIR] [--out DIR] [--param k=v] [--fail-fast] [--quiet] [--in-place]
/// [--cell-timeout S] [--no-images]</c>: runs notebooks headless and writes executed copies, charts, report and run.json.
/// </summary>
public static class RunCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = new CliArgs(args, "corpus", "out", "param", "cell-timeout", "lock-wait");
        a.Only("corpus", "out", "param", "cell-timeout", "lock-wait", "fail-fast", "quiet", "in-place", "no-images");
        var options = new RunOptions
        {
            Notebooks = Notebooks(a.Positionals),
            OutDir = a.Option("out") ?? "out",
            Parameters = Parameters(a),
            FailFast = a.Flag("fail-fast"),
            InPlace = a.Flag("in-place"),
            CellTimeout = Seconds(a.Option("cell-timeout"), "cell-timeout"),
            LockWait = Seconds(a.Option("lock-wait"), "lock-wait") ?? TimeSpan.FromMinutes(5),
            Images = !a.Flag("no-images"),
        };
        var console = CliApp.ConsoleFor(stdout);
        var progress = new ConsoleProgress(console, stderr, a.Flag("quiet"));
        RunResult result;
        try
        {
            result = new NotebookRunner(options, progress).Run();
        }
        catch (OutputLockedException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 1;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            stderr.WriteLine($"error: cannot write the run's outputs to {Path.GetFullPath(options.OutDir)}: {e.Message}");
            return 1;
        }
        foreach (var n in result.Notebooks.Where(n => n.Error is not null)) stderr.WriteLine($"error: {n.Error}");
        if (!a.Flag("quiet")) Summary(console, result);
        return result.ExitCode;
    }

    private static IReadOnlyList<string> Notebooks(List<string> positionals)
    {
        if (positionals.Count == 0) positionals = ["notebooks"];
        var files = new List<string>();
        foreach (var p in positionals)
        {
            if (Directory.Exists(p)) files.AddRange(Directory.GetFiles(p, "*.ipynb").Order(StringComparer.Ordinal));
            else if (File.Exists(p)) files.Add(p);
            else throw new UsageException($"notebook or folder not found: {p}");
        }
        if (files.Count == 0) throw new UsageException($"no .ipynb notebook in {string.Join(", ", positionals)}");
        return files;
    }

    /// <summary>--param name=value (repeatable) and --corpus DIR (absolute), checked.</summary>
    internal static IReadOnlyList<KeyValuePair<string, string>> Parameters(CliArgs a)
    {
        var list = new List<KeyValuePair<string, string>>();
        foreach (var p in a.Options("param"))
        {
            var eq = p.IndexOf('=');
            if (eq <= 0) throw new UsageException($"--param needs name=value, got '{p}'");
            var name = p[..eq].Trim();
            if (!ParameterCell.IsValidName(name)) throw new UsageException($"--param name '{name}' is not a valid C# variable name");
            list.Add(new(name, p[(eq + 1)..]));
        }
        if (a.Option("corpus") is { } corpus)
        {
            if (!Directory.Exists(corpus)) throw new UsageException($"corpus folder not found: {corpus}");
            list.RemoveAll(p => p.Key == "corpus");
            list.Add(new("corpus", Path.GetFullPath(corpus)));
        }
        return list;
    }

    private static TimeSpan? Seconds(string? value, string option)
    {
        if (value is null) return null;
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var s) || s <= 0 || !double.IsFinite(s))
            throw new UsageException($"--{option} needs a positive number of seconds, got '{value}'");
        return TimeSpan.FromSeconds(s);
    }

    private static void Summary(IAnsiConsole console, RunResult result)
    {
        var table = new Table().AddColumn("notebook").AddColumn("status").AddColumn(new TableColumn("seconds").RightAligned()).AddColumn("charts");
        foreach (var n in result.Notebooks)
        {
            var colour = n.Status switch { "ok" => "green", "failed" => "red", _ => "grey" };
            table.AddRow(Markup.Escape(n.Name), $"[{colour}]{n.Status}[/]", n.Seconds.ToString("0.0", CultureInfo.InvariantCulture), n.Charts.Count.ToString(CultureInfo.InvariantCulture));
        }
        console.Write(table);
        console.MarkupLine($"report: [link]{Markup.Escape(Path.Combine(result.OutDir, "report.html"))}[/]  ({result.Seconds.ToString("0.0", CultureInfo.InvariantCulture)} s)");
    }

    /// <summary>Progress lines per notebook and cell (Spectre.Console); with --quiet only warnings, on stderr.</summary>
    private sealed class ConsoleProgress(IAnsiConsole console, TextWriter stderr, bool quiet) : IRunProgress
    {
        public void NotebookStarted(string notebook, int index, int count, int codeCells)
        {
            if (!quiet) console.Write(new Rule($"[bold]{Markup.Escape(notebook)}[/] [grey]({index + 1}/{count}, {codeCells} code cells)[/]").LeftJustified());
        }

        public void CellFinished(string notebook, int cell, CellStatus status, TimeSpan elapsed)
        {
            if (quiet) return;
            var mark = status switch { CellStatus.Ok => "[green]✓[/]", CellStatus.Skipped => "[grey]·[/]", _ => "[red]✗[/]" };
            console.MarkupLine($"  {mark} cell {cell,-3} [grey]{elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s[/]");
        }

        public void NotebookFinished(NotebookRun run) { }

        public void Warning(string message) => stderr.WriteLine($"warning: {message}");

        public void Note(string message)
        {
            if (!quiet) console.MarkupLine($"  [grey]note: {Markup.Escape(message)}[/]");
        }
    }
}
