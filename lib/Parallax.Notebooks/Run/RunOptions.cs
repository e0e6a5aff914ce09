namespace Parallax.Notebooks.Run;

/// <summary>What <c>parallax run</c> runs and where it writes.</summary>
public sealed record RunOptions
{
    /// <summary>Notebook files, run in this order.</summary>
    public required IReadOnlyList<string> Notebooks { get; init; }

    /// <summary>Output folder (default <c>out</c>).</summary>
    public string OutDir { get; init; } = "out";

    /// <summary>Parameters injected after each notebook's <c>parameters</c> cell (name → value as typed).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters { get; init; } = [];

    /// <summary>Stop at the first failing notebook.</summary>
    public bool FailFast { get; init; }

    /// <summary>Also write the executed notebooks over their sources.</summary>
    public bool InPlace { get; init; }

    /// <summary>Longest a cell may run; null for no limit.</summary>
    public TimeSpan? CellTimeout { get; init; }

    /// <summary>How long to wait for another run holding the output folder's lock.</summary>
    public TimeSpan LockWait { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Render PNG and SVG with Chromium when it is installed.</summary>
    public bool Images { get; init; } = true;
}
