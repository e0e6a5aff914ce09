using System.Text.Json.Nodes;

namespace Parallax.Notebooks.Model;

/// <summary>One cell of a notebook: its kind, id, source, metadata and (for code cells) outputs.</summary>
public sealed record NotebookCell
{
    public required string Id { get; init; }
    /// <summary><c>code</c>, <c>markdown</c> or <c>raw</c>.</summary>
    public required string CellType { get; init; }
    public required string Source { get; init; }
    public JsonObject Metadata { get; init; } = [];
    public IReadOnlyList<CellOutput> Outputs { get; init; } = [];
    public int? ExecutionCount { get; init; }
    /// <summary>Other fields of the cell as read (e.g. attachments), written back unchanged.</summary>
    public JsonObject Extra { get; init; } = [];

    public bool IsCode => CellType == "code";

    /// <summary>The cell's tags (<c>metadata.tags</c>).</summary>
    public IReadOnlyList<string> Tags =>
        Metadata["tags"] is JsonArray a ? a.Select(t => t?.GetValue<string>() ?? "").ToList() : [];

    /// <summary>The kernel the cell is for (Polyglot <c>metadata.polyglot_notebook.kernelName</c>), default csharp.</summary>
    public string KernelName =>
        (Metadata["polyglot_notebook"]?["kernelName"] ?? Metadata["dotnet_interactive"]?["language"])?.GetValue<string>() ?? "csharp";
}
