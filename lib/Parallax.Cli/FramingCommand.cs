using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Framing;
using Parallax.Frames;
using Parallax.Pipeline;
using Spectre.Console;

namespace Parallax.Cli;

/// <summary>
/// <c>parallax framing [DIR]</c>: actor labels by side and outlet, keyness between groups (by any metadata field),
/// hedges and death terms per article, competing accounts per event, and relations between articles.
/// </summary>
public static class FramingCommand
{
    public const string Options = "[--by FIELD] [--target VALUE] [--min-freq N] [--top N] [--json] [--out FILE]";

    public static int Run(string[] args, TextWriter stdout)
    {
        var a = new CliArgs(args, "by", "target", "min-freq", "top", "out");
        a.Only("json", "by", "target", "min-freq", "top", "out");
        var dir = a.Positionals.FirstOrDefault() ?? "seeds";
        var by = a.Option("by") ?? "outlet";
        int minFreq = Int(a.Option("min-freq"), 2, "--min-freq");
        int top = Int(a.Option("top"), 10, "--top");
        var corpus = Corpus.Load(dir);
        var data = KitData.For(dir);
        var tags = TaggingPipeline.Default(dir).Run(corpus);
        var lexicon = ActorLexicon.For(data).Description;
        List<KeynessRow> terms, labels;
        try
        {
            terms = Keyness.ByGroup(tags.Documents, by, a.Option("target"), new KeynessOptions { MinFrequency = minFreq });
            labels = Keyness.ByGroup(tags.Documents, by, a.Option("target"), new KeynessOptions { MinFrequency = minFreq, Feature = KeynessFeature.Labels });
        }
        catch (ArgumentException e) { throw new UsageException(e.Message.Split(" (Parameter")[0]); }
        var accounts = CompetingAccounts.For(data).Of(tags.Documents);
        var report = new FramingReport(tags.Corpus, lexicon, by, tags, terms, labels, accounts, top);

        if (a.Option("out") is { } outFile) Parallax.Charts.AtomicFile.WriteAllText(outFile, report.ToJson());
        if (a.Flag("json")) { stdout.WriteLine(report.ToJson()); return 0; }
        report.Print(CliApp.ConsoleFor(stdout));
        return 0;
    }

    private static int Int(string? value, int fallback, string name) =>
        value is null ? fallback : int.TryParse(value, out var n) && n >= 0 ? n : throw new UsageException($"{name} needs a whole number, not '{value}'");
}

/// <summary>The framing report, printed as tables or written as JSON.</summary>
internal sealed record FramingReport(string Corpus, string Lexicon, string By, CorpusTags Tags, List<KeynessRow> Terms, List<KeynessRow> Labels,
    IReadOnlyList<AccountGroup> Accounts, int Top)
{
    public void Print(IAnsiConsole console)
    {
        console.MarkupLine($"[bold]{Markup.Escape(Corpus)}[/]  lexicon: {Markup.Escape(Lexicon)}");

        var sides = FramingFrames.SideCountRows(Tags.Documents);
        var t = new Table().Title("actor labels (outlet's own words) by side and outlet");
        foreach (var h in new[] { "side", "outlet", "labels", "categories" }) t.AddColumn(h);
        foreach (var g in sides.GroupBy(r => (r.Side, r.Outlet)))
            t.AddRow(Markup.Escape(g.Key.Side), Markup.Escape(g.Key.Outlet),
                Tags.Documents.Where(d => (d.Article.Metadata.Outlet ?? d.Id) == g.Key.Outlet).SelectMany(d => d.Labels).Count(l => !l.InQuotation && l.Actor == g.Key.Side).ToString(),
                Markup.Escape(string.Join(", ", g.Select(r => $"{r.Category} {r.Count}"))));
        console.Write(t);

        foreach (var (title, rows) in new[] { ("terms", Terms), ("labels", Labels) })
        {
            var k = new Table().Title($"keyness of {title} by {By} (G² with Williams' correction)");
            foreach (var h in new[] { By, "feature", "G²", "chi²", "p", "log ratio", "n target", "n reference" }) k.AddColumn(h);
            foreach (var g in rows.GroupBy(r => r.Group))
                foreach (var r in g.Take(Top))
                    k.AddRow(Markup.Escape(r.Group), Markup.Escape(r.Feature), r.G2.ToString("F2"), r.Chi2.ToString("F2"), r.P.ToString("G3"),
                        r.LogRatio.ToString("F2"), r.NTarget.ToString(), r.NReference.ToString());
            console.Write(k);
        }

        var hedges = new Table().Title("hedges and death terms per article");
        foreach (var h in new[] { "article", "outlet", "hedges", "per 1000 words", "hedge kinds", "death terms" }) hedges.AddColumn(h);
        foreach (var d in Tags.Documents)
            hedges.AddRow(Markup.Escape(d.Id), Markup.Escape(d.Article.Metadata.Outlet ?? "—"), d.Hedges.Count.ToString(),
                (d.Article.WordCount == 0 ? 0 : 1000.0 * d.Hedges.Count / d.Article.WordCount).ToString("F1"),
                Markup.Escape(string.Join(", ", d.Hedges.GroupBy(x => x.Kind).Select(x => $"{x.Key} {x.Count()}"))),
                Markup.Escape(string.Join(", ", d.EventTerms.GroupBy(x => x.Lemma).Select(x => $"{x.Key} {x.Count()}"))));
        console.Write(hedges);

        var acc = new Table().Title("competing accounts per event (time order)");
        foreach (var h in new[] { "event", "account", "article", "date", "agent", "source" }) acc.AddColumn(h);
        foreach (var r in FramingFrames.AccountRows(Accounts))
            acc.AddRow(Markup.Escape(r.Event), Markup.Escape(r.Group), Markup.Escape(r.Article), Markup.Escape(r.Published ?? "—"),
                Markup.Escape(r.Agent), Markup.Escape(r.Source ?? "(outlet)"));
        console.Write(acc);

        var rel = new Table().Title("relations between articles");
        foreach (var h in new[] { "from", "to", "kind", "score", "aligned passages" }) rel.AddColumn(h);
        foreach (var r in Tags.Relations) rel.AddRow(Markup.Escape(r.From), Markup.Escape(r.To), Markup.Escape(r.Kind), r.Score.ToString("F3"), r.Passages.Count.ToString());
        console.Write(rel);
    }

    public string ToJson()
    {
        var doc = new Dictionary<string, object?>
        {
            ["schema"] = "parallax.framing/1",
            ["corpus"] = Corpus,
            ["lexicon"] = Lexicon,
            ["group_by"] = By,
            ["labels"] = FramingFrames.SideCountRows(Tags.Documents).Select(r => new { side = r.Side, outlet = r.Outlet, category = r.Category, count = r.Count }),
            ["keyness_terms"] = Terms.Select(Row),
            ["keyness_labels"] = Labels.Select(Row),
            ["hedges"] = Tags.Documents.Select(d => new { article = d.Id, count = d.Hedges.Count, words = d.Article.WordCount, hedges = d.Hedges.Select(h => new { text = h.Text, kind = h.Kind, start = h.Start, end = h.End }) }),
            ["event_terms"] = Tags.Documents.Select(d => new { article = d.Id, terms = d.EventTerms.Select(e => new { text = e.Text, lemma = e.Lemma, connotation = e.Connotation, start = e.Start, end = e.End }) }),
            ["accounts"] = Accounts.Select(g => new
            {
                @event = g.Event,
                key = g.Key,
                description = g.Description,
                accounts = g.Accounts.Select(x => new
                {
                    article = x.Article, outlet = x.Outlet, published = x.Published, sentence = x.Sentence, term = x.Term, manner = x.Manner,
                    agent = x.Agent, agent_side = x.AgentSide, attribution = x.Attribution, source = x.Source, start = x.Start, end = x.End,
                }),
            }),
            ["relations"] = Tags.Relations.Select(r => new { from = r.From, to = r.To, kind = r.Kind, score = r.Score }),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static object Row(KeynessRow r) => new
    {
        group = r.Group, feature = r.Feature, g2 = Math.Round(r.G2, 4), chi2 = Math.Round(r.Chi2, 4), p = r.P, log_ratio = Math.Round(r.LogRatio, 4),
        n_target = r.NTarget, n_reference = r.NReference,
    };
}
