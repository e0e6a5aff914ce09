using System.Text.Json;
using Parallax.Frames;
using Parallax.Pipeline;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary>
/// <c>parallax attributions [DIR] [--json] [--unsourced]</c>: every attributed claim per article with source, type, cue,
/// quote kind and chain; <c>--unsourced</c> also lists hedged claims that rest on nobody ("reportedly") as <c>unattributed</c>.
/// </summary>
public static class AttributionsCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var a = new CliArgs(args);
        a.Only("json", "unsourced");
        var dir = a.Positionals.FirstOrDefault() ?? "seeds";
        var corpus = Corpus.Load(dir);
        var pipeline = TaggingPipeline.Default(dir);
        if (a.Flag("unsourced")) pipeline = pipeline.WithUnsourcedClaims(dir);
        var tags = pipeline.Run(corpus);
        var rows = AttributionFrames.Rows(tags).ToList();
        if (a.Flag("json"))
        {
            var doc = rows.GroupBy(r => r.Article).ToDictionary(g => g.Key, g => g.Select(r => new
            {
                source = r.Source, source_type = r.SourceType, cue = r.Cue, quote = r.Quote, content = r.Content,
                via = r.Via < 0 ? (int?)null : r.Via, refers_to = r.RefersTo.Length == 0 ? null : r.RefersTo, start = r.Start, end = r.End,
            }).ToList());
            stdout.WriteLine(JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
            return 0;
        }
        var console = CliApp.ConsoleFor(stdout);
        foreach (var g in rows.GroupBy(r => r.Article))
        {
            var table = new Table().Title($"[bold]{Markup.Escape(g.Key)}[/]");
            foreach (var h in new[] { "#", "source", "type", "cue", "quote", "via", "refers to", "content" }) table.AddColumn(h);
            foreach (var r in g)
                table.AddRow(r.Index.ToString(), Markup.Escape(r.Source), Markup.Escape(r.SourceType), Markup.Escape(r.Cue), r.Quote,
                    r.Via < 0 ? "" : r.Via.ToString(), Markup.Escape(r.RefersTo), Markup.Escape(Short(r.Content)));
            console.Write(table);
        }
        var byType = rows.GroupBy(r => r.SourceType).OrderByDescending(g => g.Count()).Select(g => $"{g.Key}: {g.Count()}");
        console.MarkupLine($"[grey]{rows.Count} attributions in {corpus.Articles.Count} articles — {Markup.Escape(string.Join(", ", byType))}[/]");
        return 0;
    }

    private static string Short(string s) => s.Length <= 90 ? s : s[..87] + "...";
}
