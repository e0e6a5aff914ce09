using Microsoft.CodeAnalysis;
using Parallax.Kernel.Language;
using Parallax.Notebooks.Display;
using Parallax.Notebooks.Export;
using Parallax.Notebooks.Model;
using Parallax.Notebooks.Scripting;

namespace Parallax.Kernel.Engine;

/// <summary>The outcome of one execute request: the runner's cell result and the execution count it got.</summary>
public sealed record Execution(CellResult Result, int ExecutionCount);

/// <summary>
/// The kernel's state: one runner session (same magics, same formatters, same cancellation) over the kernel's working
/// folder, the execution counter, the parameters, and the cell being run (so an interrupt can cancel it).
/// </summary>
public sealed class KernelSession : IDisposable
{
    private readonly NotebookSession _session;
    private readonly ChromiumRenderer? _renderer;
    private readonly ParameterOverrides _parameters;
    private OutputFormatter _formatter;
    private Action<CellOutput>? _live;
    private CancellationTokenSource? _running;

    /// <param name="folder">The notebook's folder (the kernel's working folder): <c>#r</c> and relative paths resolve from it.</param>
    /// <param name="parameters">Values injected after the parameters cell.</param>
    /// <param name="images">Render PNG images of charts with Chromium when it is installed.</param>
    public KernelSession(string folder, IReadOnlyList<KeyValuePair<string, string>> parameters, bool images)
    {
        Parallax.Charts.Display.HostedByKit = true;
        _renderer = images ? ChromiumRenderer.TryCreate() : null;
        if (_renderer is not null)
        {
            _renderer.WarmUp();
            Parallax.Charts.ChartExport.Renderer = _renderer;
        }
        _parameters = new ParameterOverrides(parameters);
        _formatter = NewFormatter(0);
        _session = new NotebookSession(folder, v => _formatter.Format(v)) { LiveOutput = o => _live?.Invoke(o) };
        Completer = new CodeCompleter(_session.CompileNext);
        Inspector = new CodeInspector(_session.CompileNext);
    }

    /// <summary>The count of the last execute request that was stored in history.</summary>
    public int ExecutionCount { get; private set; }

    public CodeCompleter Completer { get; }
    public CodeInspector Inspector { get; }

    /// <summary>Why charts have no images (Chromium missing or failing), or null.</summary>
    public string? ImageProblem => _renderer is null ? "no Chromium found: charts are shown as HTML only" : _renderer.Failure;

    /// <summary>Runs a cell; <paramref name="live"/> gets each output as it appears (null: nothing is shown, as for silent requests).</summary>
    public Execution Execute(string code, bool storeHistory, Action<CellOutput>? live)
    {
        if (storeHistory) ExecutionCount++;
        var count = ExecutionCount;
        if (_session.Abandoned)
            return new Execution(Failed("KernelNeedsRestart", "an interrupted cell could not be stopped, so the kernel's state cannot be trusted: restart the kernel"), count);
        _formatter = NewFormatter(count);
        _live = live;
        using var cts = new CancellationTokenSource();
        Volatile.Write(ref _running, cts);
        try
        {
            var result = _session.Execute(code, Math.Max(count, 1), cancel: cts.Token);
            if (result.Status == CellStatus.TimedOut || result.Failure?.Kind == "interrupted" || (cts.IsCancellationRequested && result.Status == CellStatus.Failed))
                return new Execution(Interrupted(result), count);
            if (result.Status == CellStatus.Ok && _parameters.After(code) is { } injected)
            {
                _live = null;
                var applied = _session.Execute(injected, Math.Max(count, 1), cancel: cts.Token);
                if (applied.Status != CellStatus.Ok) return new Execution(applied with { Outputs = [.. result.Outputs, .. applied.Outputs] }, count);
            }
            return new Execution(result, count);
        }
        finally
        {
            Volatile.Write(ref _running, null);
            _live = null;
        }
    }

    /// <summary>Cancels the running cell, if any (its state before the cell is kept).</summary>
    public bool Interrupt()
    {
        var running = Volatile.Read(ref _running);
        if (running is null) return false;
        try { running.Cancel(); } catch (ObjectDisposedException) { return false; }
        return true;
    }

    /// <summary>
    /// Starts closing Chromium but waits at most half a second: Jupyter clients terminate a kernel that has not exited
    /// 2.5 s after a shutdown request, and Playwright's driver closes the browser anyway when the kernel process ends.
    /// </summary>
    public void Dispose()
    {
        if (_renderer is { } r) Task.Run(r.Dispose).Wait(TimeSpan.FromMilliseconds(500));
    }

    private OutputFormatter NewFormatter(int count) =>
        new(new ChartCollector(_renderer), $"parallax-{count}-{Guid.NewGuid().ToString("N")[..6]}");

    private static CellResult Failed(string name, string message) =>
        new(CellStatus.Failed, [new ErrorOutput(name, message, [$"{name}: {message}"])], new CellFailure("kernel", name, message, null), [], TimeSpan.Zero);

    private static CellResult Interrupted(CellResult result)
    {
        const string message = "the cell was interrupted; variables defined by earlier cells are kept";
        var outputs = result.Outputs.Where(o => o is not ErrorOutput).Append(new ErrorOutput("Interrupted", message, [$"Interrupted: {message}"])).ToList();
        return result with { Outputs = outputs, Failure = new CellFailure("interrupted", "Interrupted", message, null) };
    }
}
