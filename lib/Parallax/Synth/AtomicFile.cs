using System.Text;

namespace Parallax.Synth;

/// <summary>Writes files atomically: into a temporary file beside the target, then renamed over it.</summary>
public static class AtomicFile
{
    /// <summary>Suffix of temporary files.</summary>
    public const string TempSuffix = ".synth-tmp";

    public static readonly Encoding Utf8 = new UTF8Encoding(false);

    public static void WriteAllText(string path, string text)
    {
        var tmp = path + TempSuffix;
        File.WriteAllText(tmp, text, Utf8);
        File.Move(tmp, path, overwrite: true);
    }

    /// <summary>A stream into the temporary file; <see cref="Commit"/> renames it to <paramref name="path"/>.</summary>
    public static FileStream Create(string path) => new(path + TempSuffix, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);

    public static void Commit(string path) => File.Move(path + TempSuffix, path, overwrite: true);
}
