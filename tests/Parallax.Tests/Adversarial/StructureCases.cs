using System.Text;
using Parallax.Tests.Support;
using static Parallax.Tests.Adversarial.HostileText;

namespace Parallax.Tests.Adversarial;

/// <summary>Hostile folders: huge and many files, deep HTML, YAML bombs, paths that escape, links that loop, ids that clash.</summary>
[Collection(AdversarialCollection.Name)]
public class StructureCases
{
    private const string Bomb =
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" +
        "b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n" +
        "e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\nf: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\ng: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n" +
        "h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\ni: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";

    [Fact]
    public void A_50_mb_line_is_skipped_by_the_size_limit_naming_the_file() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "good.txt", Story);
        using (var w = new StreamWriter(Path.Combine(dir.Path, "huge.txt"), false, new UTF8Encoding(false)))
        {
            var chunk = Story.Replace('\n', ' ');
            for (long n = 0; n < 50L * 1024 * 1024; n += chunk.Length) w.Write(chunk);
        }
        var o = Hostile.Process(dir.Path);
        Assert.Equal(["good"], o.Loaded.Articles.Select(a => a.Id));
        Assert.Contains(o.Loaded.Warnings, w => w.File == "huge.txt" && w.Message.Contains("limit"));
    });

    [Fact]
    public void A_long_line_under_the_limit_is_tagged_in_bounded_time() => SuiteTally.Case(() =>
    {
        // 400 KB on one line; larger single paragraphs still end, but names and clustering grow faster than linearly.
        using var dir = Repo.Temp();
        Put(dir, "long.txt", Repeat(Story.Replace('\n', ' '), 400 * 1024));
        var o = Hostile.Process(dir.Path);
        Assert.Single(o.Loaded.Articles);
        Assert.NotEmpty(o.Tags!.Documents[0].Mentions);
    });

    [Fact]
    public void Ten_thousand_small_files_all_load() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        string[] outlets = ["Coastal Herald", "Morning Ledger", "Valley Times"];
        for (int i = 0; i < 10_000; i++)
            Put(dir, $"d{i / 1000}/a{i:D5}.txt", $"Officials in district {i} said the {(i % 7 == 0 ? "flood" : "storm")} damaged {i % 50} homes, the {outlets[i % 3]} reported.\n");
        var o = Hostile.Process(dir.Path);
        Assert.Equal(10_000, o.Loaded.Articles.Count);
    });

    [Fact]
    public void Html_nested_ten_thousand_deep_loads_without_overflowing_the_stack() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        var sb = new StringBuilder("<html><body><article>");
        for (int i = 0; i < 10_000; i++) sb.Append(i % 2 == 0 ? "<div>" : "<span>");
        sb.Append("<p>The harbour authority said the pier would stay closed.</p>");
        for (int i = 9_999; i >= 0; i--) sb.Append(i % 2 == 0 ? "</div>" : "</span>");
        sb.Append("</article><p>Unclosed <b><i><u>tags at the end");
        Put(dir, "deep.html", sb.ToString());
        Put(dir, "open.html", string.Concat(Enumerable.Repeat("<div><p>Nested paragraph said officials.", 10_000)));
        var o = Hostile.Process(dir.Path);
        if (o.Error is { } e) { Assert.Contains(e.File, new[] { "deep.html", "open.html" }); return; }
        Assert.Contains("pier would stay closed", o.Loaded["deep"].Text);
    });

    [Fact]
    public void Scripts_styles_and_iframes_never_reach_the_text() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "page.html", """
            <html><head><title>Pier closed</title><style>p { color: red } .secret-style {}</style>
            <script>var secretScript = "alert(1)";</script></head>
            <body><article><h1>Pier closed</h1>
            <p>The harbour authority said the pier would stay closed.</p>
            <script type="text/javascript">document.write("secretWrite")</script>
            <iframe src="https://example.invalid/ad"><p>secretFrame</p></iframe>
            <noscript>secretNoscript</noscript><template><p>secretTemplate</p></template>
            <svg><script>secretSvg()</script><text>secretSvgText</text></svg>
            <p onclick="alert(2)">Residents said the closure hurt <a href="javascript:alert(3)">fishermen</a>.</p>
            </article></body></html>
            """);
        var a = Assert.Single(Hostile.Process(dir.Path).Loaded.Articles);
        foreach (var secret in new[] { "secret", "alert", "color: red", "document.write", "javascript" }) Assert.DoesNotContain(secret, a.Text);
        Assert.Contains("hurt fishermen.", a.Text);
    });

    [Fact]
    public void A_yaml_alias_bomb_in_the_manifest_is_refused_naming_file_and_line() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "a.txt", Story);
        Put(dir, "corpus.yaml", Bomb);
        var e = Hostile.Process(dir.Path).Refused;
        Assert.Equal("corpus.yaml", e.File);
        Assert.NotNull(e.Line);
        Assert.Contains("alias", e.Message);
        var cli = HostileCli.Tag(dir.Path);
        Assert.Equal(2, cli.ExitCode);
        Assert.StartsWith("error: corpus.yaml:", cli.Stderr);
        Assert.Empty(cli.Stdout.Trim());
    });

    [Fact]
    public void A_yaml_alias_bomb_in_front_matter_is_refused_naming_file_and_line() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "a.txt", Story);
        Put(dir, "bomb.md", "---\ntitle: Pier\n" + Bomb + "---\n" + Story);
        var e = Hostile.Process(dir.Path).Refused;
        Assert.Equal("bomb.md", e.File);
        Assert.NotNull(e.Line);
    });

    [Fact]
    public void A_yaml_alias_bomb_in_a_knowledge_file_extension_is_refused_or_harmless() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "a.txt", Story);
        Put(dir, "outlets.yaml", Bomb);
        var o = Hostile.Process(dir.Path);
        if (o.Error is { } e) Assert.EndsWith("outlets.yaml", e.File);
    });

    [Fact]
    public void A_malformed_knowledge_file_extension_is_an_error_naming_it() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "a.txt", Story);
        Put(dir, "hedges.yaml", "hedges: [unclosed\n  - \"x\n");
        var e = Hostile.Process(dir.Path).Refused;
        Assert.EndsWith("hedges.yaml", e.File);
        Assert.NotNull(e.Line);
    });

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("sub/../../../etc/passwd")]
    [InlineData("/etc/passwd")]
    [InlineData("C:\\\\Windows\\\\win.ini")]
    public void Manifest_paths_leaving_the_folder_are_refused(string entry) => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "a.txt", Story);
        Put(dir, "corpus.yaml", $"files:\n  a.txt:\n    outlet: Coastal Herald\n  \"{entry}\":\n    outlet: Leak\n");
        var e = Hostile.Process(dir.Path).Refused;
        Assert.Equal(("corpus.yaml", 4), (e.File, e.Line));
    });

    [Fact]
    public void Csv_manifest_paths_leaving_the_folder_are_refused() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "a.txt", Story);
        Put(dir, "corpus.csv", "file,outlet\na.txt,Coastal Herald\n/etc/passwd,Leak\n");
        var e = Hostile.Process(dir.Path).Refused;
        Assert.Equal(("corpus.csv", 3), (e.File, e.Line));
    });

    [Fact]
    public void Symbolic_links_out_of_the_folder_are_not_followed() => SuiteTally.Case(() =>
    {
        using var outside = Repo.Temp();
        Put(outside, "secret.txt", "The secret ledger said the vault code is 4471.\n");
        using var elsewhere = Repo.Temp();
        Put(elsewhere, "deep/other.txt", "Another private note said nothing.\n");
        using var dir = Repo.Temp();
        using var sweeper = new LinkSweeper(dir.Path);
        Put(dir, "a.txt", Story);
        File.CreateSymbolicLink(Path.Combine(dir.Path, "leak.txt"), Path.Combine(outside.Path, "secret.txt"));
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "leakdir"), outside.Path);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "root"), elsewhere.Path);
        var o = Hostile.Process(dir.Path);
        Assert.Equal(["a"], o.Loaded.Articles.Select(a => a.Id));
        Assert.DoesNotContain(o.Loaded.Articles, a => a.Text.Contains("vault"));
        foreach (var link in new[] { "leak.txt", "leakdir", "root" }) Assert.Contains(o.Loaded.Warnings, w => w.File == link && w.Message.Contains("outside"));
    });

    [Fact]
    public void Symbolic_link_loops_end() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        using var sweeper = new LinkSweeper(dir.Path);
        Put(dir, "sub/a.txt", Story);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "sub", "up"), dir.Path);
        Directory.CreateSymbolicLink(Path.Combine(dir.Path, "self"), ".");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "ping.txt"), "pong.txt");
        File.CreateSymbolicLink(Path.Combine(dir.Path, "pong.txt"), "ping.txt");
        var o = Hostile.Process(dir.Path);
        Assert.Equal(["a"], o.Loaded.Articles.Select(a => a.Id));
        Assert.Contains(o.Loaded.Warnings, w => w.File == "ping.txt");
        Assert.Contains(o.Loaded.Warnings, w => w.File == "pong.txt");
    });

    [Fact]
    public void Duplicate_ids_across_formats_and_folders_are_an_error_naming_both_files() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "pier.txt", Story);
        Put(dir, "sub/pier.md", "---\ntitle: Pier\n---\n" + Story);
        var e = Hostile.Process(dir.Path).Refused;
        Assert.Contains("pier.txt", e.Message);
        Assert.Contains("sub/pier.md", e.Message);
        var cli = HostileCli.Tag(dir.Path);
        Assert.Equal(2, cli.ExitCode);
        Assert.Contains("duplicate article id", cli.Stderr);
    });

    [Fact]
    public void Duplicate_ids_inside_jsonl_are_an_error_naming_the_file() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "feed.jsonl", "{\"id\":\"x\",\"text\":\"One story said officials.\"}\n{\"id\":\"x\",\"text\":\"Another story said residents.\"}\n");
        var e = Hostile.Process(dir.Path).Refused;
        Assert.Equal("feed.jsonl", e.File);
        Assert.Contains("'x'", e.Message);
    });

    [Fact]
    public void Files_deleted_while_loading_are_skipped_or_loaded_never_fatal() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        var names = Enumerable.Range(0, 3000).Select(i => $"a{i:D4}.txt").ToList();
        foreach (var n in names) Put(dir, n, $"Officials said storm {n} closed the road.\n");
        using var stop = new CancellationTokenSource();
        var deleter = Task.Run(() =>
        {
            for (int i = names.Count - 1; i >= 0 && !stop.IsCancellationRequested; i -= 2) File.Delete(Path.Combine(dir.Path, names[i]));
        });
        var corpus = Hostile.Bounded("loading while files vanish", () => Corpus.Load(dir.Path));
        stop.Cancel();
        deleter.Wait(Hostile.Deadline);
        foreach (var n in names)
        {
            var loaded = corpus.Articles.Any(a => a.File == n);
            var warned = corpus.Warnings.Any(w => w.File == n && w.Message.Contains("cannot be read"));
            var gone = !File.Exists(Path.Combine(dir.Path, n));
            Assert.True(loaded || warned || gone, $"{n} neither loaded, warned about, nor deleted before listing");
        }
        Assert.All(Directory.GetFiles(dir.Path), f => Assert.Contains(Path.GetFileName(f), names));
    });
}
