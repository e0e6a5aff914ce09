using System.Diagnostics;
using System.Reflection;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Scripting;
using Microsoft.CodeAnalysis.Scripting;
using Microsoft.CodeAnalysis.Scripting.Hosting;
using Parallax.Notebooks.Magic;
using Parallax.Notebooks.Model;

namespace Parallax.Notebooks.Scripting;

/// <summary>
/// Runs the C# cells of one notebook in order with Roslyn scripting, each cell continuing the state of the previous
/// ones (as .NET Interactive does). Each cell runs on its own thread so a timeout can stop (or abandon) it.
/// </summary>
public sealed class NotebookSession
{
    private readonly MagicPreprocessor _magic;
    private readonly Func<object?, DisplayOutput?> _format;
    private readonly ScriptGlobals _globals = new();
    private readonly InteractiveAssemblyLoader _loader = new();
    private ScriptOptions _options;
    private ScriptState<object>? _state;
    private int _executionCount;

    /// <param name="folder">The notebook's folder: <c>#r</c> paths resolve from it.</param>
    /// <param name="format">Turns a displayed value into an output (null: nothing shown).</param>
    public NotebookSession(string folder, Func<object?, DisplayOutput?> format)
    {
        _format = format;
        _magic = new MagicPreprocessor(folder, HostAssemblies.IsLoaded);
        foreach (var a in HostAssemblies.All) _loader.RegisterDependency(a);
        _options = ScriptOptions.Default
            .WithReferences(HostAssemblies.All)
            .WithImports(HostAssemblies.Imports)
            .WithEmitDebugInformation(true)
            .WithFileEncoding(Encoding.UTF8)
            .WithLanguageVersion(LanguageVersion.Latest)
            .WithOptimizationLevel(OptimizationLevel.Debug);
        ConsoleCapture.Install();
    }

    /// <summary>True once a cell could not be stopped: the session's state can no longer be trusted.</summary>
    public bool Abandoned { get; private set; }

    /// <summary>Called with each chart a cell hands to <c>ChartExport.Save</c>.</summary>
    public Action<Plotly.NET.GenericChart>? ChartSink { get; init; }

    /// <summary>Called with each output while a cell runs (stream text in pieces), for live front ends such as a kernel.</summary>
    public Action<CellOutput>? LiveOutput { get; init; }

    /// <summary>The compilation of <paramref name="code"/> (plain C#, no magic lines) as the next cell, for completion and inspection.</summary>
    public Compilation CompileNext(string code)
    {
        var script = _state is null
            ? CSharpScript.Create(code, _options, typeof(ScriptGlobals), _loader)
            : _state.Script.ContinueWith(code, _options);
        return script.GetCompilation();
    }

    /// <summary>Runs one code cell (1-based <paramref name="cellNumber"/>, used in file names of stack frames).</summary>
    public CellResult Execute(string source, int cellNumber, TimeSpan? timeout = null, CancellationToken cancel = default)
    {
        var watch = Stopwatch.StartNew();
        if (Abandoned) return new CellResult(CellStatus.Skipped, [], null, [], TimeSpan.Zero);
        var prepared = _magic.Prepare(source);
        if (prepared.Error is { } me)
            return new CellResult(CellStatus.Failed, [Error("MagicCommandError", me.Message, me.Line)], new CellFailure("magic", "MagicCommandError", me.Message, me.Line), prepared.Notes, watch.Elapsed);
        if (prepared.References.Count > 0) _options = _options.AddReferences(prepared.References.Select(p => MetadataReference.CreateFromFile(p)));
        var code = LoopGuardRewriter.Rewrite(prepared.Code);
        var context = new CellContext(_format, LiveOutput);
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        var options = _options.WithFilePath(CellPath(cellNumber));
        ScriptState<object>? state = null;
        Exception? thrown = null;
        var thread = new Thread(() =>
        {
            CellContext.Current = context;
            CellGuard.Current = cts.Token;
            Parallax.Charts.ChartExport.Sink = ChartSink;
            try
            {
                state = _state is null
                    ? CSharpScript.Create(code, options, typeof(ScriptGlobals), _loader).RunAsync(_globals, _ => true, cts.Token).GetAwaiter().GetResult()
                    : _state.ContinueWithAsync(code, options, _ => true, cts.Token).GetAwaiter().GetResult();
            }
            catch (Exception e) { thrown = e; }
        }, 64 * 1024 * 1024) { IsBackground = true, Name = "parallax cell " + cellNumber };
        thread.Start();
        var finished = timeout is { } t ? thread.Join(t) : JoinCancellable(thread, cancel);
        if (!finished)
        {
            cts.Cancel();
            if (!thread.Join(TimeSpan.FromSeconds(3)))
            {
                thread.Interrupt(); // wakes a cell blocked in Sleep, Wait or Join, which never checks the token
                if (!thread.Join(TimeSpan.FromSeconds(2))) Abandoned = true;
            }
            var why = cancel.IsCancellationRequested ? "the cell was interrupted" : $"the cell did not finish within {timeout!.Value.TotalSeconds:0.##} seconds and was stopped";
            var outputs = context.Outputs.Append(Error("TimeoutException", why, null)).ToList();
            return new CellResult(CellStatus.TimedOut, outputs, new CellFailure("timeout", "TimeoutException", why, null), prepared.Notes, watch.Elapsed);
        }
        var error = thrown ?? state?.Exception;
        if (state is not null) _state = state;
        if (error is null)
        {
            var outs = context.Outputs.ToList();
            _executionCount++;
            if (state?.ReturnValue is { } value && _format(value) is { } shown)
                outs.Add(shown with { IsResult = true, ExecutionCount = _executionCount });
            return new CellResult(CellStatus.Ok, outs, null, prepared.Notes, watch.Elapsed);
        }
        var failure = Describe(Unwrap(error), cellNumber);
        var all = context.Outputs.Append(Error(failure.ExceptionType, failure.Message, failure.Line, failure.DefinedInCell)).ToList();
        return new CellResult(CellStatus.Failed, all, failure, prepared.Notes, watch.Elapsed);
    }

    /// <summary>The execution count of the last cell that succeeded.</summary>
    public int ExecutionCount => _executionCount;

    /// <summary>Variables defined so far (name → value), latest definition first.</summary>
    public IReadOnlyList<(string Name, object? Value)> Variables =>
        _state?.Variables.Select(v => (v.Name, (object?)v.Value)).ToList() ?? [];

    private static bool JoinCancellable(Thread thread, CancellationToken cancel)
    {
        while (!thread.Join(100)) if (cancel.IsCancellationRequested) return false;
        return true;
    }

    private static string CellPath(int n) => $"cell{n}.csx";

    private static Exception Unwrap(Exception e)
    {
        while (e is AggregateException { InnerException: { } a } || e is TargetInvocationException { InnerException: not null })
            e = e.InnerException!;
        return e;
    }

    private static CellFailure Describe(Exception e, int cellNumber)
    {
        if (e is CompilationErrorException c)
        {
            var d = c.Diagnostics.FirstOrDefault(x => x.Severity == DiagnosticSeverity.Error) ?? c.Diagnostics.First();
            var line = d.Location.IsInSource ? d.Location.GetLineSpan().StartLinePosition.Line + 1 : (int?)null;
            return new CellFailure("compile", "CompilationError", $"{d.Id}: {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}", line);
        }
        var kind = e is OperationCanceledException ? "interrupted" : "runtime";
        var frames = new StackTrace(e, true).GetFrames().Where(f => f.GetFileName() is { } n && n.StartsWith("cell", StringComparison.Ordinal) && n.EndsWith(".csx", StringComparison.Ordinal)).ToList();
        var own = frames.FirstOrDefault(f => f.GetFileName() == CellPath(cellNumber));
        if (own is not null) return new CellFailure(kind, e.GetType().Name, e.Message, own.GetFileLineNumber());
        if (frames.FirstOrDefault() is { } other && int.TryParse(other.GetFileName()!["cell".Length..^".csx".Length], out var otherCell))
            return new CellFailure(kind, e.GetType().Name, e.Message, other.GetFileLineNumber(), otherCell);
        return new CellFailure(kind, e.GetType().Name, e.Message, null);
    }

    private static ErrorOutput Error(string type, string message, int? line, int? inCell = null)
    {
        var where = line is { } l ? inCell is { } c ? $"at line {l} of cell {c}" : $"at line {l} of this cell" : "";
        return new ErrorOutput(type, message, where.Length > 0 ? [$"{type}: {message}", "  " + where] : [$"{type}: {message}"]);
    }
}
