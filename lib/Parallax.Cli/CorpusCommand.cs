using System.Text.Json;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary><c>parallax corpus [DIR] [--json]</c>: the articles of a corpus with metadata, sizes and warnings.</summary>
public static class CorpusCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var a = new CliArgs(args, "max-file-mb");
        a.Only("json", "max-file-mb");
        var dir = a.Positionals.FirstOrDefault() ?? "seeds";
        var options = CorpusOptions.Default;
        if (a.Option("max-file-mb") is { } mb) options = options with { MaxFileBytes = (long)(double.Parse(mb, System.Globalization.CultureInfo.InvariantCulture) * 1024 * 1024) };
        var corpus = Corpus.Load(dir, options);
        if (a.Flag("json")) { stdout.WriteLine(CorpusSummary.ToJson(corpus)); return 0; }

        var console = CliApp.ConsoleFor(stdout);
        var table = new Table().Title($"[bold]{Markup.Escape(corpus.Root)}[/]");
        foreach (var h in new[] { "id", "title", "outlet", "date", "lang", "words", "paragraphs by role", "warnings" }) table.AddColumn(h);
        foreach (var art in corpus.Articles)
        {
            var roles = string.Join(" ", art.Paragraphs.GroupBy(p => p.Role).Select(g => $"{Tags.TagsJson.Snake(g.Key.ToString())}:{g.Count()}"));
            var warns = corpus.Warnings.Count(w => w.File == art.File);
            table.AddRow(Markup.Escape(art.Id), Markup.Escape(art.Metadata.Title ?? "—"), Markup.Escape(art.Metadata.Outlet ?? "—"),
                Markup.Escape(art.Metadata.Published ?? "—"), Markup.Escape(art.Language ?? "?"), art.WordCount.ToString(),
                Markup.Escape(roles), warns.ToString());
        }
        console.Write(table);
        foreach (var w in corpus.Warnings) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(w.ToString())}");
        if (corpus.Ignored.Count > 0) console.MarkupLine($"[grey]ignored: {Markup.Escape(string.Join(", ", corpus.Ignored))}[/]");
        return 0;
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
