using System.Diagnostics;
using Parallax.Charts;
using Parallax.Notebooks.Display;
using Parallax.Notebooks.Export;
using Parallax.Notebooks.Model;
using Parallax.Notebooks.Scripting;

namespace Parallax.Notebooks.Run;

/// <summary>
/// Runs notebooks headless and writes the outputs: executed copies (<c>notebooks/</c>), chart files (<c>charts/NAME/</c>),
/// <c>report.html</c> and <c>run.json</c>, each written atomically, under a lock on the output folder.
/// </summary>
public sealed class NotebookRunner(RunOptions options, IRunProgress? progress = null)
{
    private readonly IRunProgress _progress = progress ?? SilentProgress.Instance;
    private readonly List<string> _warnings = [];
    private static readonly object CurrentDirectoryGate = new();

    public RunResult Run()
    {
        var watch = Stopwatch.StartNew();
        var outDir = Path.GetFullPath(options.OutDir);
        using var outputLock = OutputLock.Acquire(outDir, options.LockWait, _progress.Note);
        using var renderer = options.Images ? ChromiumRenderer.TryCreate() : null;
        if (options.Images && renderer is null)
            Warn("chromium not found (looked for /usr/bin/chromium; set PARALLAX_CHROMIUM to another path): charts are written as HTML and CSV only, without PNG and SVG; install it with 'apt-get install chromium'");
        renderer?.WarmUp();
        Parallax.Charts.Display.HostedByKit = true;
        var runs = new List<NotebookRun>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (int i = 0; i < options.Notebooks.Count; i++)
        {
            var path = options.Notebooks[i];
            var name = Unique(Path.GetFileNameWithoutExtension(path), names);
            if (options.FailFast && runs.Any(r => r.Status == "failed"))
            {
                runs.Add(new NotebookRun { Source = path, Name = name, Status = "skipped" });
                continue;
            }
            var run = RunOne(path, name, i, outDir, renderer);
            runs.Add(run);
            _progress.NotebookFinished(run);
        }
        var result = new RunResult(runs, _warnings, outDir, watch.Elapsed.TotalSeconds);
        ReportWriter.Write(Path.Combine(outDir, "report.html"), result);
        RunJson.Write(Path.Combine(outDir, "run.json"), result);
        return result;
    }

    private NotebookRun RunOne(string path, string name, int index, string outDir, ChromiumRenderer? renderer)
    {
        var watch = Stopwatch.StartNew();
        Notebook notebook;
        try
        {
            notebook = ParameterCell.Inject(NotebookFile.Read(path), options.Parameters, Warn);
        }
        catch (NotebookFormatException e)
        {
            _progress.NotebookStarted(name, index, options.Notebooks.Count, 0);
            return new NotebookRun { Source = path, Name = name, Status = "failed", Error = e.Message, Seconds = watch.Elapsed.TotalSeconds };
        }
        _progress.NotebookStarted(name, index, options.Notebooks.Count, notebook.Cells.Count(c => c.IsCode));
        var collector = new ChartCollector(renderer);
        var formatter = new OutputFormatter(collector, HtmlText.Slug(name, "nb"));
        var session = new NotebookSession(notebook.Folder, formatter.Format) { ChartSink = c => collector.Add(c) };
        var cells = new List<NotebookCell>();
        var cellRuns = new List<CellRun>();
        string? error = null;
        lock (CurrentDirectoryGate)
        {
            var cwd = Directory.GetCurrentDirectory();
            Directory.SetCurrentDirectory(notebook.Folder);
            try
            {
                for (int k = 0; k < notebook.Cells.Count; k++)
                {
                    var cell = notebook.Cells[k];
                    if (!cell.IsCode) { cells.Add(cell); continue; }
                    if (error is not null)
                    {
                        cells.Add(cell with { Outputs = [], ExecutionCount = null });
                        cellRuns.Add(new CellRun(k + 1, cell.CellType, CellStatus.Skipped, 0, null));
                        continue;
                    }
                    var result = cell.KernelName is "csharp" or "C#"
                        ? session.Execute(cell.Source, k + 1, options.CellTimeout)
                        : Unsupported(cell.KernelName);
                    foreach (var note in result.Notes) _progress.Note($"{path}: cell {k + 1}: {note}");
                    cells.Add(cell with { Outputs = result.Outputs, ExecutionCount = result.Status == CellStatus.Ok ? session.ExecutionCount : null });
                    cellRuns.Add(new CellRun(k + 1, cell.CellType, result.Status, result.Elapsed.TotalSeconds, result.Failure));
                    _progress.CellFinished(name, k + 1, result.Status, result.Elapsed);
                    if (result.Failure is { } f) error = $"{path}: cell {k + 1}, {f}";
                }
            }
            finally
            {
                Directory.SetCurrentDirectory(cwd);
            }
        }
        if (renderer?.Failure is { } rf) Warn(rf);
        var executed = notebook with { Cells = cells };
        var output = Path.Combine(outDir, "notebooks", name + ".ipynb");
        NotebookFile.Write(executed, output);
        if (options.InPlace) NotebookFile.Write(executed, path);
        var files = ChartFolder.Write(Path.Combine(outDir, "charts", name), collector.Charts);
        return new NotebookRun
        {
            Source = path, Name = name, Output = output, Executed = executed, Cells = cellRuns, Charts = collector.Charts,
            ChartFiles = files, Seconds = watch.Elapsed.TotalSeconds, Status = error is null ? "ok" : "failed", Error = error,
        };
    }

    private static CellResult Unsupported(string kernel)
    {
        var message = $"the cell is for kernel '{kernel}'; the Parallax runner runs C# cells only";
        return new CellResult(CellStatus.Failed, [new ErrorOutput("UnsupportedKernel", message, [message])],
            new CellFailure("magic", "UnsupportedKernel", message, 1), [], TimeSpan.Zero);
    }

    private void Warn(string message)
    {
        if (_warnings.Contains(message)) return;
        _warnings.Add(message);
        _progress.Warning(message);
    }

    private static string Unique(string name, HashSet<string> used)
    {
        var unique = name;
        for (int i = 2; !used.Add(unique); i++) unique = $"{name}-{i}";
        return unique;
    }
}
