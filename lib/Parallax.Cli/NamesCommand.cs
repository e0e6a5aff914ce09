using Parallax.Names;
using Parallax.Pipeline;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary>
/// <c>parallax names [DIR] [--kind K] [--mentions]</c>: the people, organisations, places and outlets of a corpus with
/// every spelling, which article used it how often, and why spellings were merged.
/// </summary>
public static class NamesCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var a = new CliArgs(args, "kind");
        a.Only("kind", "mentions");
        var dir = a.Positionals.FirstOrDefault() ?? "seeds";
        MentionKind? kind = a.Option("kind") is { } k
            ? Enum.TryParse<MentionKind>(k, true, out var parsed) ? parsed : throw new UsageException($"--kind must be person, organisation, place or outlet, not '{k}'")
            : null;
        var corpus = Corpus.Load(dir);
        var tags = TaggingPipeline.Default(dir).Run(corpus);
        var console = CliApp.ConsoleFor(stdout);

        if (a.Flag("mentions"))
        {
            foreach (var d in tags.Documents)
            {
                console.MarkupLine($"[bold]{Markup.Escape(d.Id)}[/]");
                foreach (var m in d.Mentions.Where(m => kind is null || m.Kind == kind))
                    console.MarkupLine($"  {m.Start,6}-{m.End,-6} {m.Kind,-12} {Markup.Escape(m.Text)}{(m.Title is null ? "" : $"  [grey](title: {Markup.Escape(m.Title)})[/]")}  [grey]→ {Markup.Escape(m.Entity ?? "")}[/]");
            }
            return 0;
        }

        foreach (var e in tags.Entities.Where(e => kind is null || e.Kind == kind).OrderBy(e => e.Kind).ThenByDescending(e => e.Variants.Sum(v => v.Total)))
        {
            var spellings = string.Join(", ", e.Variants.Select(v => $"{v.Text} ×{v.Total} ({string.Join(" ", v.CountsByArticle.OrderBy(x => x.Key, StringComparer.Ordinal).Select(x => $"{Short(x.Key)}:{x.Value}"))})"));
            console.MarkupLine($"[bold]{Markup.Escape(e.Canonical)}[/] [grey]{e.Kind.ToString().ToLowerInvariant()} {Markup.Escape(e.Id)}[/]");
            console.MarkupLine($"  {Markup.Escape(spellings)}");
            foreach (var m in e.Merges)
                console.MarkupLine($"  [green]{Markup.Escape(m.A)} = {Markup.Escape(m.B)}[/]: {Markup.Escape(string.Join("; ", m.Rules))}");
        }
        return 0;
    }

    private static string Short(string id) => id.Length > 3 && id[3] == '_' ? id[..3] : id;
}
