using System.Text;
using Parallax.Tests.Support;

namespace Parallax.Tests.Loading;

/// <summary>Each article format and text encoding the loader reads.</summary>
public class FormatTests
{
    private const string Story =
        "The harbour authority said on Tuesday that the northern pier would stay closed for repairs until the spring.";

    private static Parallax.Corpus LoadWith(params (string Name, string Text)[] files)
    {
        using var tmp = Repo.Temp();
        foreach (var (name, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(tmp.File(name))!);
            File.WriteAllText(tmp.File(name), text);
        }
        return Parallax.Corpus.Load(tmp.Path);
    }

    [Fact]
    public void Plain_text_lines_are_paragraphs_and_crlf_is_normalised()
    {
        var c = LoadWith(("harbour.txt", "Pier closed for repairs\r\n\r\n" + Story + "\r\n"));
        var a = Assert.Single(c.Articles);
        Assert.Equal("harbour", a.Id);
        Assert.DoesNotContain('\r', a.Text);
        Assert.Equal([ParagraphRole.Headline, ParagraphRole.Body], a.Paragraphs.Select(p => p.Role));
        Assert.Equal("Pier closed for repairs", a.Metadata.Title);
        Assert.Equal(MetadataOrigin.Inferred, a.Metadata.Origins["title"]);
    }

    [Fact]
    public void Markdown_front_matter_wins_over_manifest_and_markup_is_removed()
    {
        var md = """
            ---
            title: Pier closed
            outlet: Harbour Gazette
            published: 2023-03-01
            language: en
            ---
            # Pier closed

            The **harbour authority** said on Tuesday that the [northern pier](http://example.org) would stay closed until spring.

            - a list item that is long enough to be read as a sentence of the article body.
            """;
        var manifest = "files:\n  pier.md:\n    outlet: Other Outlet\n    url: https://example.org/pier\n";
        var c = LoadWith(("pier.md", md), ("corpus.yaml", manifest));
        var a = Assert.Single(c.Articles);
        Assert.Equal("Harbour Gazette", a.Metadata.Outlet);
        Assert.Equal(MetadataOrigin.FrontMatter, a.Metadata.Origins["outlet"]);
        Assert.Equal("https://example.org/pier", a.Metadata.Url);
        Assert.Equal(MetadataOrigin.Manifest, a.Metadata.Origins["url"]);
        Assert.Equal("2023-03-01", a.Metadata.Published);
        Assert.DoesNotContain("**", a.Text);
        Assert.DoesNotContain("http://example.org", a.Text);
        Assert.Contains("The harbour authority said", a.Text);
        Assert.Equal(ParagraphRole.Headline, a.Paragraphs[0].Role);
        Assert.Equal("Pier closed", a.TextOf(a.Paragraphs[0]));
        Assert.Equal(3, a.Paragraphs.Count);
    }

    [Fact]
    public void Html_keeps_the_article_and_drops_scripts_navigation_and_footers()
    {
        var html = """
            <!doctype html><html lang="fr"><head><title>Port | Gazette</title>
            <meta property="og:site_name" content="La Gazette du Port">
            <meta property="article:published_time" content="2023-03-01T09:15:00+01:00">
            <link rel="canonical" href="https://example.org/port">
            <style>p { color: red }</style><script>var tracking = "do not keep";</script></head>
            <body><nav><a href="/">Accueil</a> <a href="/monde">Monde</a></nav>
            <article><header><h1>Le port ferme sa jetée nord</h1></header>
            <p>L'autorité portuaire a annoncé mardi que la jetée nord resterait fermée pour travaux jusqu'au printemps prochain.</p>
            <figure><img src="jetee.jpg"><figcaption>La jetée nord, vue depuis le phare.</figcaption></figure>
            <p>Les pêcheurs devront utiliser le quai sud, selon un communiqué publié par la mairie dans la matinée.</p>
            <aside>Lire aussi : autre chose</aside>
            <form><input name="q"><button>Chercher</button></form></article>
            <footer>Tous droits réservés</footer></body></html>
            """;
        var a = Assert.Single(LoadWith(("port.html", html)).Articles);
        Assert.Equal("fr", a.Language);
        Assert.Equal("Le port ferme sa jetée nord", a.Metadata.Title);
        Assert.Equal("La Gazette du Port", a.Metadata.Outlet);
        Assert.Equal("2023-03-01T09:15", a.Metadata.Published);
        Assert.Equal("https://example.org/port", a.Metadata.Url);
        Assert.Equal(MetadataOrigin.FrontMatter, a.Metadata.Origins["published"]);
        foreach (var gone in new[] { "tracking", "color", "Accueil", "Chercher", "Lire aussi", "droits" }) Assert.DoesNotContain(gone, a.Text);
        Assert.Equal([ParagraphRole.Headline, ParagraphRole.Body, ParagraphRole.Caption, ParagraphRole.Body], a.Paragraphs.Select(p => p.Role));
        Assert.Equal("La jetée nord, vue depuis le phare.", a.TextOf(a.Paragraphs[2]));
    }

    [Fact]
    public void Jsonl_gives_one_article_per_line_with_its_fields()
    {
        var jsonl = """
            {"id": "p1", "text": "Pier closed\n\nThe harbour authority said on Tuesday that the northern pier would stay closed for repairs.", "title": "Pier closed", "outlet": "Harbour Gazette", "published": "2023-03-01", "language": "en", "url": "https://example.org/p1", "author": "Ann Lee"}

            {"id": "p2", "text": "Der Hafen bleibt bis zum Frühjahr geschlossen, sagte die Behörde am Dienstag, und die Fischer müssen ausweichen."}
            """;
        var c = LoadWith(("feed.jsonl", jsonl));
        Assert.Equal(["p1", "p2"], c.Articles.Select(a => a.Id));
        var p1 = c["p1"];
        Assert.Equal("feed.jsonl", p1.File);
        Assert.Equal("Ann Lee", p1.Metadata.Author);
        Assert.Equal("Harbour Gazette", p1.Metadata.Outlet);
        Assert.Equal(MetadataOrigin.FrontMatter, p1.Metadata.Origins["author"]);
        Assert.Equal(ParagraphRole.Headline, p1.Paragraphs[0].Role);
        Assert.Equal("de", c["p2"].Language);
    }

    [Fact]
    public void Jsonl_errors_name_file_and_line()
    {
        var jsonl = "{\"id\": \"a\", \"text\": \"" + Story + "\"}\n{\"id\": \"b\", \"text\": \n";
        var e = Assert.Throws<CorpusException>(() => LoadWith(("feed.jsonl", jsonl)));
        Assert.Equal("feed.jsonl", e.File);
        Assert.Equal(2, e.Line);
        Assert.Contains("feed.jsonl:2", e.Message);
    }

    [Fact]
    public void Jsonl_line_without_id_is_an_error_naming_the_line()
    {
        var e = Assert.Throws<CorpusException>(() => LoadWith(("feed.jsonl", "{\"text\": \"" + Story + "\"}\n")));
        Assert.Equal(1, e.Line);
        Assert.Equal("id", e.Field);
    }

    [Theory]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Unicode_encodings_with_a_byte_order_mark_are_read(string encoding)
    {
        var text = "Café au port\n\nLe café du port a rouvert ses portes mardi après des mois de travaux, selon la mairie.";
        Encoding enc = encoding switch
        {
            "utf-8-bom" => new UTF8Encoding(true),
            "utf-16le" => new UnicodeEncoding(false, true),
            _ => new UnicodeEncoding(true, true),
        };
        using var tmp = Repo.Temp();
        File.WriteAllBytes(tmp.File("cafe.txt"), [.. enc.GetPreamble(), .. enc.GetBytes(text)]);
        var c = Parallax.Corpus.Load(tmp.Path);
        var a = Assert.Single(c.Articles);
        Assert.Equal(text, a.Text);
        Assert.Empty(c.Warnings);
    }

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_with_a_warning()
    {
        using var tmp = Repo.Temp();
        // "Le café a rouvert – été 2023" in Windows-1252: é = E9, en dash = 96.
        var bytes = Encoding.ASCII.GetBytes("Le caf\u0001 a rouvert \u0002 \u0003t\u0003 2023");
        for (int i = 0; i < bytes.Length; i++) bytes[i] = bytes[i] switch { 1 or 3 => 0xE9, 2 => 0x96, var b => b };
        File.WriteAllBytes(tmp.File("vieux.txt"), bytes);
        var c = Parallax.Corpus.Load(tmp.Path);
        Assert.Equal("Le café a rouvert – été 2023", Assert.Single(c.Articles).Text);
        var w = Assert.Single(c.Warnings);
        Assert.Equal("vieux.txt", w.File);
        Assert.Contains("Windows-1252", w.Message);
    }

    [Fact]
    public void No_break_and_zero_width_characters_are_normalised()
    {
        var a = Assert.Single(LoadWith(("n.txt", "Le\u00A0port\u200B ferme\u202Fdemain")).Articles);
        Assert.Equal("Le port ferme demain", a.Text);
    }

    [Fact]
    public void Other_files_are_listed_as_ignored_but_config_files_are_not()
    {
        var c = LoadWith(("a.txt", Story), ("photo.jpg", "x"), ("notes.docx", "x"), ("corpus.csv", "file,outlet\na.txt,Gazette\n"),
            ("outlets.yaml", "outlets: []\n"));
        Assert.Equal(["notes.docx", "photo.jpg"], c.Ignored.Order());
        Assert.Equal("Gazette", c["a"].Metadata.Outlet);
    }

    [Fact]
    public void Subfolders_are_read_with_relative_paths()
    {
        var c = LoadWith(("fr/lemonde/a.txt", Story));
        Assert.Equal("fr/lemonde/a.txt", Assert.Single(c.Articles).File);
    }

    [Fact]
    public void Html_without_article_element_reads_text_in_divs()
    {
        var html = "<html><body><nav class=menu><a href=/>Home</a></nav><div><h1>Pier closed</h1><div>" + Story +
                   "<br>Second line of the same block.</div><div><span>" + Story.Replace("Tuesday", "Monday") + "</span></div></div></body></html>";
        var a = Assert.Single(LoadWith(("p.htm", html)).Articles);
        Assert.Equal(["Pier closed", Story + " Second line of the same block.", Story.Replace("Tuesday", "Monday")], a.Paragraphs.Select(a.TextOf));
        Assert.Equal(ParagraphRole.Headline, a.Paragraphs[0].Role);
    }

    [Fact]
    public void A_single_short_line_stays_body()
    {
        var a = Assert.Single(LoadWith(("short.txt", "Explosion reported near the port")).Articles);
        Assert.Equal(ParagraphRole.Body, Assert.Single(a.Paragraphs).Role);
        Assert.Null(a.Metadata.Title);
    }
}
