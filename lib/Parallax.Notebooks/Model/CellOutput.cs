namespace Parallax.Notebooks.Model;

/// <summary>An nbformat output of a code cell.</summary>
public abstract record CellOutput;

/// <summary>Text the cell wrote to stdout or stderr.</summary>
public sealed record StreamOutput(string Name, string Text) : CellOutput;

/// <summary>A displayed value: MIME type → data (text, or base64 for images).</summary>
public sealed record DisplayOutput(IReadOnlyDictionary<string, string> Data, bool IsResult = false, int? ExecutionCount = null) : CellOutput
{
    public string? Text => Data.GetValueOrDefault("text/plain");
    public string? Html => Data.GetValueOrDefault("text/html");
}

/// <summary>The error that stopped the cell.</summary>
public sealed record ErrorOutput(string Name, string Value, IReadOnlyList<string> Traceback) : CellOutput;
