using System.Text;
using System.Text.Json;

namespace Parallax.Synth;

/// <summary>Where each article goes and how it is written (txt, md, or a line of a jsonl file).</summary>
public sealed class ArticleFiles(SynthOptions options)
{
    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public string Extension => options.Format switch { SynthFormat.Md => ".md", SynthFormat.Jsonl => ".jsonl", _ => ".txt" };

    /// <summary>The folder (txt, md) or file (jsonl) part an article belongs to.</summary>
    public string PartOf(int index) => "part-" + (index / options.FilesPerFolder).ToString("D3", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The file of an article, relative to the output folder, with '/'.</summary>
    public string FileOf(SynthArticle a) =>
        options.Format == SynthFormat.Jsonl ? PartOf(a.Spec.Index) + ".jsonl" : $"{PartOf(a.Spec.Index)}/{a.Spec.Id}{Extension}";

    /// <summary>The content of a txt or md article file.</summary>
    public string Content(SynthArticle a) =>
        options.Format == SynthFormat.Md ? "# " + a.Text + "\n" : a.Text + "\n";

    /// <summary>One jsonl line (without the newline), metadata included.</summary>
    public static string JsonLine(SynthArticle a)
    {
        using var ms = new MemoryStream();
        using (var w = new Utf8JsonWriter(ms, JsonOptions))
        {
            w.WriteStartObject();
            w.WriteString("id", a.Spec.Id);
            foreach (var (k, v) in Metadata(a)) w.WriteString(k, v);
            w.WriteString("text", a.Text);
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(ms.ToArray());
    }

    /// <summary>Metadata fields (manifest names) of an article.</summary>
    public static IEnumerable<(string Field, string Value)> Metadata(SynthArticle a)
    {
        var s = a.Spec;
        yield return ("title", a.Title);
        yield return ("outlet", s.Outlet.Name);
        yield return ("outlet_type", s.Outlet.Type);
        yield return ("url", $"https://{s.Outlet.Domain}/{s.Published:yyyy'/'MM'/'dd}/{s.Id}");
        yield return ("published", s.Published.ToString("yyyy-MM-dd'T'HH:mm", System.Globalization.CultureInfo.InvariantCulture));
        yield return ("language", s.Language);
        yield return ("event", s.Event.Id);
    }

    /// <summary>
    /// Writes a txt or md article's file into its part's temporary folder (see <see cref="BeginPart"/>) and returns
    /// null; for jsonl returns the line, which <see cref="WritePart"/> writes with the rest of its part.
    /// </summary>
    public string? Write(string root, SynthArticle a)
    {
        if (options.Format == SynthFormat.Jsonl) return JsonLine(a);
        AtomicFile.WriteText(Path.Combine(root, PartOf(a.Spec.Index) + AtomicFile.TempSuffix, a.Spec.Id + Extension), Content(a));
        return null;
    }

    /// <summary>Creates the temporary folder a txt or md part is written into.</summary>
    public void BeginPart(string root, string part)
    {
        if (options.Format != SynthFormat.Jsonl) Directory.CreateDirectory(Path.Combine(root, part + AtomicFile.TempSuffix));
    }

    /// <summary>
    /// Renames a finished part folder into place (so its files appear complete, all at once); when the folder already
    /// exists (it holds files that are not ours), moves the files one by one.
    /// </summary>
    public void EndPart(string root, string part)
    {
        if (options.Format == SynthFormat.Jsonl) return;
        string tmp = Path.Combine(root, part + AtomicFile.TempSuffix), final = Path.Combine(root, part);
        if (!Directory.Exists(final)) { Directory.Move(tmp, final); return; }
        foreach (var f in Directory.GetFiles(tmp)) File.Move(f, Path.Combine(final, Path.GetFileName(f)), overwrite: true);
        Directory.Delete(tmp);
    }

    /// <summary>Writes the jsonl lines of one part file.</summary>
    public static void WritePart(string root, string file, IEnumerable<string> lines)
    {
        var path = Path.Combine(root, file);
        using (var w = new StreamWriter(AtomicFile.Create(path), AtomicFile.Utf8))
            foreach (var line in lines) { w.Write(line); w.Write('\n'); }
        AtomicFile.Commit(path);
    }
}
