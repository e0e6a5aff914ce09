using Parallax.Notebooks.Model;

namespace Parallax.Notebooks.Scripting;

/// <summary>How a cell ended.</summary>
public enum CellStatus { Ok, Failed, TimedOut, Skipped }

/// <summary>Why a cell failed: kind (<c>magic</c>, <c>compile</c>, <c>runtime</c>, <c>timeout</c>), exception type, message and line in the cell (1-based).</summary>
public sealed record CellFailure(string Kind, string ExceptionType, string Message, int? Line, int? DefinedInCell = null)
{
    /// <summary>"line 3: InvalidOperationException: message" (with the other cell when the throwing code was defined there).</summary>
    public override string ToString()
    {
        var where = Line is { } l ? DefinedInCell is { } c ? $"line {l} of cell {c}" : $"line {l}" : "line ?";
        return $"{where}: {ExceptionType}: {Message}";
    }
}

/// <summary>The outcome of running one cell.</summary>
public sealed record CellResult(CellStatus Status, IReadOnlyList<CellOutput> Outputs, CellFailure? Failure, IReadOnlyList<string> Notes, TimeSpan Elapsed);
