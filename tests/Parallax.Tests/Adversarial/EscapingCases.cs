using System.Text.RegularExpressions;
using Parallax.Notebooks.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Adversarial.HostileText;

namespace Parallax.Tests.Adversarial;

/// <summary>
/// Article text, titles, outlets, authors, events and links carrying script payloads go through every notebook of the
/// kit; every HTML output (report, chart pages with their hover text, tables, executed notebooks' HTML) shows them as
/// text: no payload appears as markup, and Chromium opening the pages sees no dialog and no payload run.
/// </summary>
[Collection(AdversarialCollection.Name)]
public partial class EscapingCases
{
    private const string Script = "<script>window.__pwned=1;alert(1)</script>";
    private const string EndScript = "</script><script>window.__pwned=2;alert(2)</script>";
    private const string Img = "\"><img src=x onerror=\"window.__pwned=3;alert(3)\">";
    private const string Js = "javascript:window.__pwned=4;alert(4)";
    private const string Svg = "'><svg onload=window.__pwned=5;alert(5)>";

    private static string Yaml(string s) => "'" + s.Replace("'", "''") + "'";

    /// <summary>A corpus whose every field and text carries payloads, in every article format and in the manifest.</summary>
    public static TempDir Corpus()
    {
        var dir = Repo.Temp();
        Put(dir, "a.md", $"---\ntitle: {Yaml(Script)}\noutlet: {Yaml(Img)}\nauthor: {Yaml(EndScript)}\nurl: {Yaml(Js)}\npublished: 2024-03-01\nevent: {Yaml(Svg)}\n---\n" +
            $"# {Script}\n\nMaria Lindqvist said {Img} was closed, according to the {EndScript} Herald. [read more]({Js})\n\n\"{Svg},\" said Omar Haddad.\n");
        Put(dir, "b.txt", $"{EndScript} Pier closed\n\nThe harbour authority said on Tuesday that {Script} would stay shut.\n\nOfficials told reporters {Img} and {Js}.\n");
        Put(dir, "corpus.yaml", $"files:\n  b.txt:\n    outlet: {Yaml(EndScript)}\n    title: {Yaml(Img)}\n    published: 2024-03-02\n    event: {Yaml(Script)}\n");
        Put(dir, "c.html", $"<html lang=\"en\"><head><title>{Enc(Script)}</title><meta property=\"og:site_name\" content=\"{Enc(Img)}\">" +
            $"<link rel=\"canonical\" href=\"{Enc(Js)}\"><meta name=\"date\" content=\"2024-03-03\"></head><body><article><h1>{Enc(Svg)}</h1>" +
            $"<p>Residents said {Enc(Script)} hurt fishermen.</p><p><a href=\"{Enc(Js)}\">{Enc(EndScript)}</a> officials said.</p></article></body></html>");
        Put(dir, "d.jsonl", $"{{\"id\": \"d\", \"title\": {HostileGen.Json(Svg)}, \"outlet\": {HostileGen.Json(Script)}, \"published\": \"2024-03-04\", \"url\": {HostileGen.Json(Js)}, " +
            $"\"text\": {HostileGen.Json($"{Img} headline\n\nThe mayor said {EndScript} and {Svg} on Monday.")}}}\n");
        return dir;
    }

    private static string Enc(string s) => System.Net.WebUtility.HtmlEncode(s);

    /// <summary>Payloads as live markup: an opening script or svg tag, an img with src=x, an event handler or a javascript: link in an attribute.</summary>
    [GeneratedRegex(@"<script>window\.__pwned|<img\s+src=x|<svg\s+onload|<a\s[^<>]*href=[""']?\s*javascript:|<[a-z]+\s[^<>]*\bon(error|load)\s*=\s*[""']?window", RegexOptions.IgnoreCase)]
    private static partial Regex LiveMarkup();

    [Fact]
    public void Hostile_metadata_and_text_show_as_text_in_every_html_output_and_run_nothing() => SuiteTally.Case(() =>
    {
        using var corpus = Corpus();
        using var output = Repo.Temp();
        var notebooks = Directory.GetFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb").Order(StringComparer.Ordinal).ToArray();
        var before = TreeHash.Of(corpus.Path);
        var r = HostileCli.Run(TimeSpan.FromMinutes(5), ["run", .. notebooks, "--corpus", corpus.Path, "--out", output.Path, "--quiet", "--no-images"]);
        Assert.True(r.ExitCode == 0, r.Stderr);
        Assert.Equal(before, TreeHash.Of(corpus.Path));
        RunOutputs.AssertComplete(output.Path);

        var pages = Directory.GetFiles(output.Path, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Contains(Path.Combine(output.Path, "report.html"), pages);
        Assert.True(pages.Count > 1, "no chart pages were written");
        var html = pages.Select(p => (Name: Path.GetRelativePath(output.Path, p), Text: File.ReadAllText(p))).ToList();
        foreach (var nb in Directory.GetFiles(Path.Combine(output.Path, "notebooks"), "*.ipynb"))
            foreach (var (cell, i) in NotebookFile.Read(nb).Cells.Select((c, i) => (c, i)))
                foreach (var d in cell.Outputs.OfType<DisplayOutput>())
                    if (d.Html is { } h) html.Add(($"{Path.GetFileName(nb)} cell {i + 1}", h));
        Assert.Contains(html, h => h.Text.Contains("__pwned", StringComparison.Ordinal)); // the payloads did reach the outputs
        foreach (var (name, text) in html)
        {
            var live = LiveMarkup().Match(text);
            Assert.False(live.Success, $"{name}: payload as markup near: {(live.Success ? text[Math.Max(0, live.Index - 80)..Math.Min(text.Length, live.Index + 80)] : "")}");
        }

        // A control page with the payloads left raw proves the browser check can see them run.
        var control = Path.Combine(output.Path, "control-unsafe.htm");
        File.WriteAllText(control, $"<html><body><p>{Script}</p><div title=\"{Img}</div><a href=\"{Js}\">x</a></body></html>");
        var findings = HostilePage.Open([control, .. pages]);
        Assert.True(findings[0].Pwned && findings[0].Dialogs.Count > 0 && findings[0].LiveElements.Count > 0, "the browser check did not see raw payloads run");
        foreach (var f in findings.Skip(1))
        {
            var name = Path.GetRelativePath(output.Path, f.File);
            Assert.True(f.Dialogs.Count == 0, $"{name}: dialog opened: {string.Join(", ", f.Dialogs)}");
            Assert.False(f.Pwned, $"{name}: a payload ran");
            Assert.True(f.LiveElements.Count == 0, $"{name}: live payload elements: {string.Join(" | ", f.LiveElements)}");
        }
    });
}
