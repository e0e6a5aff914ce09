using System.Text;

namespace Parallax.Synth;

/// <summary>
/// Streams <c>corpus.yaml</c>: a <c>files:</c> mapping from each article file to its metadata (txt, md). Jsonl lines
/// carry their own metadata, so the manifest of a jsonl corpus has no entries.
/// </summary>
public sealed class ManifestWriter : IDisposable
{
    private readonly string _path;
    private readonly StreamWriter _w;
    private readonly bool _entries;

    public ManifestWriter(string root, SynthOptions options)
    {
        _path = Path.Combine(root, OutputFolder.ManifestFile);
        _w = new StreamWriter(AtomicFile.Create(_path), AtomicFile.Utf8);
        _entries = options.Format != SynthFormat.Jsonl;
        _w.WriteLine($"# Synthetic corpus written by `parallax synth` (seed {options.Seed}, {options.Articles} articles, format {options.Format.ToString().ToLowerInvariant()}).");
        _w.WriteLine($"# Invented people and outlets; the planted truth is in {OutputFolder.TruthFile}.");
        _w.WriteLine(_entries ? "files:" : "# Each jsonl line carries its own metadata.\nversion: 1");
    }

    /// <summary>The manifest entry of one article (built on a worker thread), or null for jsonl corpora.</summary>
    public static string? Entry(SynthOptions options, string file, SynthArticle a)
    {
        if (options.Format == SynthFormat.Jsonl) return null;
        var sb = new StringBuilder(400).Append("  ").Append(Quote(file)).Append(":\n");
        foreach (var (k, v) in ArticleFiles.Metadata(a)) sb.Append("    ").Append(k).Append(": ").Append(Quote(v)).Append('\n');
        return sb.ToString();
    }

    /// <summary>Appends an entry made by <see cref="Entry"/> (in corpus order).</summary>
    public void Add(string? entry)
    {
        if (_entries && entry is not null) _w.Write(entry);
    }

    /// <summary>Finishes and renames the manifest into place.</summary>
    public void Commit()
    {
        _w.Dispose();
        AtomicFile.Commit(_path);
        _committed = true;
    }

    private bool _committed;

    /// <summary>Closes the file; without <see cref="Commit"/> the temporary file is removed.</summary>
    public void Dispose()
    {
        if (_committed) return;
        _w.Dispose();
        File.Delete(_path + AtomicFile.TempSuffix);
    }

    /// <summary>A YAML double-quoted scalar.</summary>
    public static string Quote(string s)
    {
        var sb = new StringBuilder(s.Length + 2).Append('"');
        foreach (var c in s)
        {
            if (c is '"' or '\\') sb.Append('\\');
            sb.Append(c);
        }
        return sb.Append('"').ToString();
    }
}
