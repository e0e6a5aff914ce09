using System.Text.Json.Nodes;

namespace Parallax.Notebooks.Model;

/// <summary>A Jupyter notebook (nbformat 4) as read from an .ipynb file.</summary>
public sealed record Notebook
{
    public required string Path { get; init; }
    public IReadOnlyList<NotebookCell> Cells { get; init; } = [];
    public JsonObject Metadata { get; init; } = [];
    public int NbFormat { get; init; } = 4;
    public int NbFormatMinor { get; init; } = 5;

    /// <summary>The file name without extension, e.g. <c>01-corpus-overview</c>.</summary>
    public string Name => System.IO.Path.GetFileNameWithoutExtension(Path);

    /// <summary>The folder holding the notebook; relative paths in cells resolve from here.</summary>
    public string Folder => System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!;
}
