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

    /// <summary>Writes the files of one batch of consecutive articles (in parallel for txt and md).</summary>
    public void WriteBatch(string root, IReadOnlyList<SynthArticle> batch, ParallelOptions parallel)
    {
        if (options.Format == SynthFormat.Jsonl)
        {
            foreach (var group in batch.GroupBy(a => PartOf(a.Spec.Index)))
            {
                var sb = new StringBuilder();
                foreach (var a in group) sb.Append(JsonLine(a)).Append('\n');
                AtomicFile.WriteAllText(Path.Combine(root, group.Key + ".jsonl"), sb.ToString());
            }
            return;
        }
        foreach (var part in batch.Select(a => PartOf(a.Spec.Index)).Distinct()) Directory.CreateDirectory(Path.Combine(root, part));
        Parallel.For(0, batch.Count, parallel, i => AtomicFile.WriteAllText(Path.Combine(root, FileOf(batch[i])), Content(batch[i])));
    }
}
