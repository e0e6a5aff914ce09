namespace Parallax.Notebooks.Model;

/// <summary>An .ipynb file that cannot be read: names the file and, when known, the line.</summary>
public sealed class NotebookFormatException(string file, string message, long? line = null)
    : Exception(line is { } l ? $"{file}:{l}: {message}" : $"{file}: {message}")
{
    public string File { get; } = file;
    public long? Line { get; } = line;
}
