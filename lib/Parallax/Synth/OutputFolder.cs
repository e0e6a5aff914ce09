namespace Parallax.Synth;

/// <summary>
/// The folder a synthetic corpus is written into. It must be missing, empty, or a previous synth output (recognised by
/// its <c>synth.truth.json</c>), unless forced; a previous output's generated files are removed first, nothing else.
/// </summary>
public static class OutputFolder
{
    public const string TruthFile = "synth.truth.json";
    public const string ManifestFile = "corpus.yaml";
    public const string TruthFormat = "parallax.synth.truth/1";

    /// <summary>Makes the folder ready; returns its full path.</summary>
    public static string Prepare(string dir, bool force)
    {
        var full = Path.GetFullPath(dir);
        if (File.Exists(full)) throw new SynthException($"{dir}: is a file, not a folder");
        if (!Directory.Exists(full)) { Directory.CreateDirectory(full); return full; }
        if (!Directory.EnumerateFileSystemEntries(full).Any()) return full;
        if (IsSynthOutput(full)) { RemoveGenerated(full); return full; }
        if (!force) throw new SynthException($"{dir}: folder is not empty and is not a previous synth output; choose another folder or pass --force");
        return full;
    }

    /// <summary>True when the folder holds a truth file written by the generator.</summary>
    public static bool IsSynthOutput(string dir)
    {
        var truth = Path.Combine(dir, TruthFile);
        if (!File.Exists(truth)) return false;
        using var r = new StreamReader(truth);
        var head = new char[200];
        int n = r.ReadBlock(head, 0, head.Length);
        return new string(head, 0, n).Contains(TruthFormat, StringComparison.Ordinal);
    }

    /// <summary>Whether a path (relative, with '/') is one the generator writes.</summary>
    public static bool IsGenerated(string relative)
    {
        if (relative.EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal)) relative = relative[..^AtomicFile.TempSuffix.Length];
        if (relative is ManifestFile or TruthFile) return true;
        var parts = relative.Split('/');
        if (parts[0].EndsWith(AtomicFile.TempSuffix, StringComparison.Ordinal)) parts[0] = parts[0][..^AtomicFile.TempSuffix.Length];
        if (parts.Length == 1) return parts[0].StartsWith("part-", StringComparison.Ordinal) && parts[0].EndsWith(".jsonl", StringComparison.Ordinal);
        return parts.Length == 2 && parts[0].StartsWith("part-", StringComparison.Ordinal) && parts[1].StartsWith("synth-", StringComparison.Ordinal)
               && (parts[1].EndsWith(".txt", StringComparison.Ordinal) || parts[1].EndsWith(".md", StringComparison.Ordinal));
    }

    private static void RemoveGenerated(string dir)
    {
        foreach (var f in Directory.EnumerateFiles(dir, "*", SearchOption.AllDirectories).ToList())
            if (IsGenerated(Path.GetRelativePath(dir, f).Replace('\\', '/'))) File.Delete(f);
        foreach (var d in Directory.EnumerateDirectories(dir, "part-*").ToList())
            if (!Directory.EnumerateFileSystemEntries(d).Any()) Directory.Delete(d);
    }
}
