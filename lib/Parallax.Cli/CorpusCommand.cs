using System.Text.Json;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary>
/// <c>parallax corpus [DIR] [--json] [--no-manifest] [--max-file-mb N]</c>: the articles of a corpus with metadata,
/// sizes, paragraph roles and warnings. Values the loader guessed are marked with '~'.
/// </summary>
public static class CorpusCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var a = new CliArgs(args, "max-file-mb");
        a.Only("json", "max-file-mb", "no-manifest");
        var dir = a.Positionals.FirstOrDefault() ?? "seeds";
        var options = CorpusOptions.Default;
        if (a.Option("max-file-mb") is { } mb) options = options with { MaxFileBytes = (long)(double.Parse(mb, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024) };
        if (a.Flag("no-manifest")) options = options with { UseManifest = false };
        var corpus = Corpus.Load(dir, options);
        if (a.Flag("json")) { stdout.WriteLine(CorpusSummary.ToJson(corpus)); return 0; }

        var console = CliApp.ConsoleFor(stdout);
        if (!ReferenceEquals(stdout, Console.Out) || Console.IsOutputRedirected) console.Profile.Width = Math.Max(console.Profile.Width, 160);
        var table = new Table().Title($"[bold]{Markup.Escape(corpus.Root)}[/]");
        foreach (var h in new[] { "id", "title", "outlet", "date", "lang", "words", "paragraphs by role", "warnings" }) table.AddColumn(h);
        foreach (var art in corpus.Articles)
        {
            var roles = string.Join(" ", art.Paragraphs.GroupBy(p => p.Role).Select(g => $"{Tags.TagsJson.Snake(g.Key.ToString())}:{g.Count()}"));
            var warns = corpus.Warnings.Count(w => w.File == art.File);
            table.AddRow(Markup.Escape(art.Id), Cell(art, "title", art.Metadata.Title), Cell(art, "outlet", art.Metadata.Outlet),
                Cell(art, "published", art.Metadata.Published), Cell(art, "language", art.Language), art.WordCount.ToString(),
                Markup.Escape(roles), warns == 0 ? "0" : $"[yellow]{warns}[/]");
        }
        console.Write(table);
        console.MarkupLine($"[grey]{corpus.Articles.Count} articles; ~ marks a value guessed from the text (no front matter or manifest entry gives it)[/]");
        foreach (var w in corpus.Warnings) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(w.ToString())}");
        if (corpus.Ignored.Count > 0) console.MarkupLine($"[grey]ignored: {Markup.Escape(string.Join(", ", corpus.Ignored))}[/]");
        return 0;
    }

    private static string Cell(Article art, string field, string? value)
    {
        if (value is null) return "—";
        var shown = Markup.Escape(value.Length > 50 ? value[..47] + "..." : value);
        return art.Metadata.Origins.TryGetValue(field, out var o) && o == MetadataOrigin.Inferred ? $"[grey]~[/]{shown}" : shown;
    }
}

/// <summary>The corpus listing as JSON.</summary>
public static class CorpusSummary
{
    public static string ToJson(Corpus corpus)
    {
        var articles = corpus.Articles.Select(a => new Dictionary<string, object?>
        {
            ["id"] = a.Id,
            ["file"] = a.File,
            ["title"] = a.Metadata.Title,
            ["outlet"] = a.Metadata.Outlet,
            ["outlet_type"] = a.Metadata.OutletType,
            ["published"] = a.Metadata.Published,
            ["language"] = a.Language,
            ["language_confidence"] = Math.Round(a.LanguageConfidence, 3),
            ["url"] = a.Metadata.Url,
            ["author"] = a.Metadata.Author,
            ["event"] = a.Metadata.Event,
            ["translation_of"] = a.Metadata.TranslationOf,
            ["republished_from"] = a.Metadata.RepublishedFrom,
            ["origins"] = a.Metadata.Origins.ToDictionary(kv => kv.Key, kv => Tags.TagsJson.Origin(kv.Value)),
            ["words"] = a.WordCount,
            ["paragraphs"] = a.Paragraphs.GroupBy(p => p.Role).ToDictionary(g => Tags.TagsJson.Snake(g.Key.ToString()), g => g.Count()),
            ["warnings"] = corpus.Warnings.Where(w => w.File == a.File).Select(w => w.ToString()).ToList(),
        }).ToList();
        var doc = new Dictionary<string, object?>
        {
            ["corpus"] = corpus.Root,
            ["articles"] = articles,
            ["warnings"] = corpus.Warnings.Select(w => new { file = w.File, line = w.Line, message = w.Message }).ToList(),
            ["ignored"] = corpus.Ignored,
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }
}
