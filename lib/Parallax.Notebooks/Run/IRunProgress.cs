using Parallax.Notebooks.Scripting;

namespace Parallax.Notebooks.Run;

/// <summary>Receives progress of a run (the CLI shows it; tests may ignore it).</summary>
public interface IRunProgress
{
    void NotebookStarted(string notebook, int index, int count, int codeCells);
    void CellFinished(string notebook, int cell, CellStatus status, TimeSpan elapsed);
    void NotebookFinished(NotebookRun run);
    void Warning(string message);
    void Note(string message);
}

/// <summary>Progress that goes nowhere.</summary>
public sealed class SilentProgress : IRunProgress
{
    public static SilentProgress Instance { get; } = new();
    public void NotebookStarted(string notebook, int index, int count, int codeCells) { }
    public void CellFinished(string notebook, int cell, CellStatus status, TimeSpan elapsed) { }
    public void NotebookFinished(NotebookRun run) { }
    public void Warning(string message) { }
    public void Note(string message) { }
}
