using Parallax.Notebooks.Display;
using Parallax.Notebooks.Model;
using Parallax.Notebooks.Scripting;

namespace Parallax.Notebooks.Run;

/// <summary>One cell's outcome in a run: its 1-based position among all cells, kind, status and time.</summary>
public sealed record CellRun(int Cell, string CellType, CellStatus Status, double Seconds, CellFailure? Failure);

/// <summary>One notebook's outcome: the executed copy, its cells, charts and the error that stopped it.</summary>
public sealed record NotebookRun
{
    public required string Source { get; init; }
    public required string Name { get; init; }
    public string? Output { get; init; }
    public Notebook? Executed { get; init; }
    public IReadOnlyList<CellRun> Cells { get; init; } = [];
    public IReadOnlyList<CollectedChart> Charts { get; init; } = [];
    public IReadOnlyList<string> ChartFiles { get; init; } = [];
    public double Seconds { get; init; }
    /// <summary>ok, failed or skipped.</summary>
    public string Status { get; init; } = "ok";
    /// <summary>The error message naming notebook, cell, line, exception type and message.</summary>
    public string? Error { get; init; }
}

/// <summary>The whole run: every notebook in order and the exit code.</summary>
public sealed record RunResult(IReadOnlyList<NotebookRun> Notebooks, IReadOnlyList<string> Warnings, string OutDir, double Seconds)
{
    public int ExitCode => Notebooks.Any(n => n.Status == "failed") ? 1 : 0;
}
