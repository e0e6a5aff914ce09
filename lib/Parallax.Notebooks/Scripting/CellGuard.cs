namespace Parallax.Notebooks.Scripting;

/// <summary>
/// Cooperative cancellation for cell code: the runner inserts <c>CellGuard.Check()</c> into every loop body, so a cell
/// stuck in a loop stops when its timeout expires or it is interrupted.
/// </summary>
public static class CellGuard
{
    private static readonly AsyncLocal<CancellationToken> Token = new();

    /// <summary>The token of the cell running in this flow.</summary>
    public static CancellationToken Current { get => Token.Value; internal set => Token.Value = value; }

    /// <summary>Throws <see cref="OperationCanceledException"/> when the running cell was cancelled.</summary>
    public static void Check() => Token.Value.ThrowIfCancellationRequested();
}
