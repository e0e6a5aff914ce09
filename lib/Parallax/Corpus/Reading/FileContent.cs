namespace Parallax.Loading;

/// <summary>
/// Reads one article file's text safely: skips (with a warning naming the file) files that are too large, empty,
/// unreadable or binary, and warns when the bytes were not UTF-8.
/// </summary>
public static class FileContent
{
    /// <summary>The decoded text, or null when the file is skipped.</summary>
    public static string? Read(string path, string rel, CorpusOptions options, ICollection<CorpusWarning> warnings)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists) throw new FileNotFoundException("file not found (broken link?)", path);
            if (info.Length > options.MaxFileBytes)
            {
                warnings.Add(new CorpusWarning(rel, null, $"file is {info.Length:N0} bytes, over the limit of {options.MaxFileBytes:N0}; skipped"));
                return null;
            }
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            warnings.Add(new CorpusWarning(rel, null, "file cannot be read; skipped: " + e.Message));
            return null;
        }
        if (bytes.Length == 0)
        {
            warnings.Add(new CorpusWarning(rel, null, "empty file; skipped"));
            return null;
        }
        var (text, encoding) = TextDecoder.Decode(bytes);
        if (text.Contains('\0'))
        {
            warnings.Add(new CorpusWarning(rel, null, "binary file (contains NUL bytes); skipped"));
            return null;
        }
        if (string.IsNullOrWhiteSpace(text))
        {
            warnings.Add(new CorpusWarning(rel, null, "file has no text (only spaces); skipped"));
            return null;
        }
        if (TextDecoder.Guess(encoding) is { } guess) warnings.Add(new CorpusWarning(rel, null, guess));
        return text;
    }
}
