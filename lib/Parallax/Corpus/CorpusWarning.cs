namespace Parallax;

/// <summary>A problem found while loading, naming the file and (when known) the line.</summary>
public sealed record CorpusWarning(string File, int? Line, string Message)
{
    public override string ToString() => Line is { } l ? $"{File}:{l}: {Message}" : $"{File}: {Message}";
}

/// <summary>A loading error that stops the load: names the file, and the line, column and field when known.</summary>
public sealed class CorpusException(string file, string message, int? line = null, int? column = null, string? field = null)
    : Exception(Format(file, message, line, column, field))
{
    public string File { get; } = file;
    public int? Line { get; } = line;
    public int? Column { get; } = column;
    public string? Field { get; } = field;

    private static string Format(string file, string message, int? line, int? column, string? field)
    {
        var where = file;
        if (line is { } l) where += $":{l}";
        if (column is { } c) where += $":{c}";
        return field is null ? $"{where}: {message}" : $"{where}: {message} (field '{field}')";
    }
}
