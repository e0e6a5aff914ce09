using System.Text;

namespace Parallax.Synth;

/// <summary>
/// Writes files atomically: into a temporary file beside the target (or a temporary folder), then renamed into place.
/// </summary>
public static class AtomicFile
{
    /// <summary>Suffix of temporary files.</summary>
    public const string TempSuffix = ".synth-tmp";

    public static readonly Encoding Utf8 = new UTF8Encoding(false);

    /// <summary>Writes UTF-8 text (no BOM) to a temporary file, then renames it to <paramref name="path"/>.</summary>
    public static void WriteAllText(string path, string text)
    {
        WriteText(path + TempSuffix, text);
        File.Move(path + TempSuffix, path, overwrite: true);
    }

    /// <summary>
    /// Writes UTF-8 text (no BOM) straight to <paramref name="path"/>, for files inside a temporary folder. Uses a raw
    /// handle: a FileStream costs several times more per small file.
    /// </summary>
    public static void WriteText(string path, string text)
    {
        var buffer = System.Buffers.ArrayPool<byte>.Shared.Rent(Utf8.GetMaxByteCount(text.Length));
        try
        {
            int n = Utf8.GetBytes(text, buffer);
            using var h = File.OpenHandle(path, FileMode.Create, FileAccess.Write, FileShare.ReadWrite);
            RandomAccess.Write(h, buffer.AsSpan(0, n), 0);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>A stream into the temporary file; <see cref="Commit"/> renames it to <paramref name="path"/>.</summary>
    public static FileStream Create(string path) => new(path + TempSuffix, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);

    public static void Commit(string path) => File.Move(path + TempSuffix, path, overwrite: true);
}
