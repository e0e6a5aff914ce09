using Parallax.Tests.Support;

namespace Parallax.Tests.Loading;

/// <summary>Manifest forms: defaults, globs, exact entries, list form, corpus.csv.</summary>
public class ManifestTests
{
    private const string Story = "The harbour authority said on Tuesday that the northern pier would stay closed for repairs until next spring.";

    private static Parallax.Corpus Load(params (string Name, string Text)[] files)
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
    public void Defaults_then_globs_then_exact_entries()
    {
        var yaml = """
            defaults:
              event: harbour-2021
              language: en
            files:
              "gazette/**":
                outlet: Harbour Gazette
                outlet_type: newspaper
              gazette/b.txt:
                outlet: Harbour Gazette Weekend
              c:
                title: Found by id
            """;
        var c = Load(("corpus.yaml", yaml), ("gazette/a.txt", Story), ("gazette/b.txt", Story + " Again."), ("c.txt", Story + " Third."));
        Assert.Empty(c.Warnings);
        Assert.Equal("Harbour Gazette", c["a"].Metadata.Outlet);
        Assert.Equal("Harbour Gazette Weekend", c["b"].Metadata.Outlet);
        Assert.Equal("newspaper", c["b"].Metadata.OutletType);
        Assert.Null(c["c"].Metadata.Outlet);
        Assert.Equal("Found by id", c["c"].Metadata.Title);
        Assert.All(c.Articles, a => Assert.Equal("harbour-2021", a.Metadata.Event));
        Assert.All(c.Articles, a => Assert.Equal(MetadataOrigin.Manifest, a.Metadata.Origins["language"]));
    }

    [Fact]
    public void Files_may_be_a_list_of_entries()
    {
        var yaml = "files:\n  - file: a.txt\n    outlet: Harbour Gazette\n  - file: \"*.md\"\n    outlet: Port Blog\n";
        var c = Load(("corpus.yaml", yaml), ("a.txt", Story), ("b.md", Story + " More."));
        Assert.Equal("Harbour Gazette", c["a"].Metadata.Outlet);
        Assert.Equal("Port Blog", c["b"].Metadata.Outlet);
    }

    [Fact]
    public void Spreadsheet_next_to_the_files_gives_metadata()
    {
        var csv = "File;Outlet;Published;Title;Notes\na.txt;Harbour Gazette;2021-03-09;\"Pier; closed\";x\nb.txt;;2021-03-10;;\n";
        var c = Load(("corpus.csv", csv), ("a.txt", Story), ("b.txt", Story + " More."));
        Assert.Equal("Harbour Gazette", c["a"].Metadata.Outlet);
        Assert.Equal("Pier; closed", c["a"].Metadata.Title);
        Assert.Equal("2021-03-10", c["b"].Metadata.Published);
        Assert.Null(c["b"].Metadata.Outlet);
        var w = Assert.Single(c.Warnings);
        Assert.Equal(("corpus.csv", 1), (w.File, w.Line));
        Assert.Contains("notes", w.Message);
    }

    [Fact]
    public void Spreadsheet_errors_name_line_column_and_field()
    {
        var e = Assert.Throws<CorpusException>(() => Load(("corpus.csv", "file,published\na.txt,2021-03-09\nb.txt,yesterday\n"), ("a.txt", Story)));
        Assert.Equal(("corpus.csv", 3, 2, "published"), (e.File, e.Line, e.Column, e.Field));
    }

    [Fact]
    public void Spreadsheet_without_a_file_column_is_an_error()
    {
        var e = Assert.Throws<CorpusException>(() => Load(("corpus.csv", "name,outlet\na.txt,Gazette\n"), ("a.txt", Story)));
        Assert.Equal("corpus.csv", e.File);
        Assert.Contains("'file'", e.Message);
    }

    [Fact]
    public void Unknown_section_is_a_warning()
    {
        var c = Load(("corpus.yaml", "sources:\n  x: 1\n"), ("a.txt", Story));
        var w = Assert.Single(c.Warnings);
        Assert.Equal(("corpus.yaml", 1), (w.File, w.Line));
    }

    [Fact]
    public void Manifest_can_be_turned_off()
    {
        using var tmp = Repo.Temp();
        File.WriteAllText(tmp.File("a.txt"), Story);
        File.WriteAllText(tmp.File("corpus.yaml"), "files:\n  a.txt:\n    outlet: Harbour Gazette\n");
        Assert.Null(Assert.Single(Parallax.Corpus.Load(tmp.Path, new CorpusOptions { UseManifest = false }).Articles).Metadata.Outlet);
    }
}
