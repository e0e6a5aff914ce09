using System.Diagnostics;
using System.Security.Cryptography;
using Parallax.Tests.Support;

namespace Parallax.Tests.Loading;

/// <summary>Bad input: every problem is reported naming the file (and line, column, field when they exist).</summary>
public class BadInputTests
{
    private const string Story =
        "The harbour authority said on Tuesday that the northern pier would stay closed for repairs until the spring.";

    private static TempDir Folder(params (string Name, string Text)[] files)
    {
        var tmp = Repo.Temp();
        foreach (var (name, text) in files) File.WriteAllText(tmp.File(name), text);
        return tmp;
    }

    [Fact]
    public void Missing_folder_is_an_error_naming_it()
    {
        var path = Path.Combine(Path.GetTempPath(), "parallax-no-such-folder-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(path));
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Empty_file_is_skipped_with_a_warning()
    {
        using var tmp = Folder(("good.txt", Story), ("empty.txt", ""), ("blank.txt", "  \n\n "));
        var c = Parallax.Corpus.Load(tmp.Path);
        Assert.Equal(["good"], c.Articles.Select(a => a.Id));
        Assert.Contains(c.Warnings, w => w.File == "empty.txt" && w.Message.Contains("empty"));
        Assert.Contains(c.Warnings, w => w.File == "blank.txt");
    }

    [Fact]
    public void Binary_file_is_skipped_with_a_warning()
    {
        using var tmp = Folder(("good.txt", Story));
        File.WriteAllBytes(tmp.File("image.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48]);
        var c = Parallax.Corpus.Load(tmp.Path);
        Assert.Single(c.Articles);
        var w = Assert.Single(c.Warnings);
        Assert.Equal("image.txt", w.File);
        Assert.Contains("binary", w.Message);
        Assert.Contains("image.txt", w.ToString());
    }

    [Fact]
    public void File_over_the_size_limit_is_skipped_with_a_warning()
    {
        using var tmp = Folder(("small.txt", Story), ("big.txt", string.Concat(Enumerable.Repeat(Story + "\n", 50))));
        var c = Parallax.Corpus.Load(tmp.Path, new CorpusOptions { MaxFileBytes = 1000 });
        Assert.Equal(["small"], c.Articles.Select(a => a.Id));
        var w = Assert.Single(c.Warnings);
        Assert.Equal("big.txt", w.File);
        Assert.Contains("limit", w.Message);
    }

    [Fact]
    public void Unreadable_file_is_skipped_with_a_warning()
    {
        using var tmp = Folder(("good.txt", Story));
        // A link to nothing cannot be read by anyone (root included); a file without read permission neither, for other users.
        File.CreateSymbolicLink(tmp.File("gone.txt"), tmp.File("missing-target.txt"));
        var c = Parallax.Corpus.Load(tmp.Path);
        Assert.Equal(["good"], c.Articles.Select(a => a.Id));
        var w = Assert.Single(c.Warnings);
        Assert.Equal("gone.txt", w.File);
        Assert.Contains("cannot be read", w.Message);
    }

    [Fact]
    public void File_without_read_permission_is_skipped_when_permissions_apply()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root") return; // root reads everything
        using var tmp = Folder(("good.txt", Story), ("locked.txt", Story + " Locked."));
        File.SetUnixFileMode(tmp.File("locked.txt"), UnixFileMode.None);
        var c = Parallax.Corpus.Load(tmp.Path);
        Assert.Contains(c.Warnings, w => w.File == "locked.txt" && w.Message.Contains("cannot be read"));
    }

    [Fact]
    public void Malformed_manifest_is_an_error_naming_file_line_column_and_field()
    {
        var yaml = "files:\n  a.txt:\n    outlet: Harbour Gazette\n    title: [unclosed\n";
        using var tmp = Folder(("a.txt", Story), ("corpus.yaml", yaml));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Equal("corpus.yaml", e.File);
        Assert.NotNull(e.Line);
        Assert.NotNull(e.Column);
        Assert.Equal("title", e.Field);
        Assert.Contains("corpus.yaml:", e.Message);
    }

    [Fact]
    public void Bad_manifest_value_names_its_line_column_and_field()
    {
        var yaml = "files:\n  a.txt:\n    outlet: Harbour Gazette\n    published: last Tuesday\n";
        using var tmp = Folder(("a.txt", Story), ("corpus.yaml", yaml));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Equal(("corpus.yaml", 4, 16, "published"), (e.File, e.Line, e.Column, e.Field));
        Assert.StartsWith("corpus.yaml:4:16:", e.Message);
    }

    [Fact]
    public void Malformed_front_matter_is_an_error_naming_file_line_column_and_field()
    {
        var md = "---\ntitle: Pier closed\noutlet: \"Harbour Gazette\n---\n" + Story + "\n";
        using var tmp = Folder(("pier.md", md));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Equal("pier.md", e.File);
        Assert.True(e.Line >= 3, $"line {e.Line}");
        Assert.NotNull(e.Column);
        Assert.Equal("outlet", e.Field);
    }

    [Fact]
    public void Bad_front_matter_value_names_the_line_in_the_file()
    {
        var md = "---\ntitle: Pier closed\nlanguage: English language\n---\n" + Story + "\n";
        using var tmp = Folder(("pier.md", md));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Equal(("pier.md", 3, "language"), (e.File, e.Line, e.Field));
    }

    [Theory]
    [InlineData("../outside.txt")]
    [InlineData("sub/../../outside.txt")]
    [InlineData("/etc/hostname")]
    public void Manifest_entry_outside_the_root_is_rejected(string entry)
    {
        using var tmp = Folder(("a.txt", Story), ("corpus.yaml", $"files:\n  \"{entry}\":\n    outlet: Harbour Gazette\n"));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Equal("corpus.yaml", e.File);
        Assert.Equal(2, e.Line);
        Assert.Contains(entry, e.Message);
    }

    [Fact]
    public void Manifest_entry_through_a_symlink_escaping_the_root_is_rejected()
    {
        using var outside = Folder(("secret.txt", Story));
        using var tmp = Folder(("a.txt", Story), ("corpus.yaml", "files:\n  link.txt:\n    outlet: Harbour Gazette\n"));
        File.CreateSymbolicLink(tmp.File("link.txt"), outside.File("secret.txt"));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Equal("corpus.yaml", e.File);
        Assert.Contains("link.txt", e.Message);
        Assert.Contains("outside", e.Message);
    }

    [Fact]
    public void Symlinked_files_escaping_the_root_are_not_loaded()
    {
        using var outside = Folder(("secret.txt", Story));
        using var tmp = Folder(("a.txt", Story + " Here."));
        File.CreateSymbolicLink(tmp.File("link.txt"), outside.File("secret.txt"));
        Directory.CreateSymbolicLink(tmp.File("linkdir"), outside.Path);
        var c = Parallax.Corpus.Load(tmp.Path);
        Assert.Equal(["a"], c.Articles.Select(a => a.Id));
        Assert.Contains(c.Warnings, w => w.File == "link.txt" && w.Message.Contains("outside"));
        Assert.Contains(c.Warnings, w => w.File == "linkdir" && w.Message.Contains("outside"));
    }

    [Fact]
    public void Csv_manifest_entry_outside_the_root_is_rejected()
    {
        using var tmp = Folder(("a.txt", Story), ("corpus.csv", "file,outlet\n../b.txt,Gazette\n"));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Equal(("corpus.csv", 2), (e.File, e.Line));
    }

    [Fact]
    public void Unknown_manifest_field_is_a_warning_naming_file_and_line()
    {
        using var tmp = Folder(("a.txt", Story), ("corpus.yaml", "files:\n  a.txt:\n    outlet: Harbour Gazette\n    colour: blue\n"));
        var c = Parallax.Corpus.Load(tmp.Path);
        Assert.Equal("Harbour Gazette", c["a"].Metadata.Outlet);
        var w = Assert.Single(c.Warnings);
        Assert.Equal(("corpus.yaml", 4), (w.File, w.Line));
        Assert.Contains("colour", w.Message);
    }

    [Fact]
    public void Manifest_entry_matching_nothing_is_a_warning()
    {
        using var tmp = Folder(("a.txt", Story), ("corpus.yaml", "files:\n  missing.txt:\n    outlet: Harbour Gazette\n"));
        var w = Assert.Single(Parallax.Corpus.Load(tmp.Path).Warnings);
        Assert.Equal(("corpus.yaml", 2), (w.File, w.Line));
        Assert.Contains("missing.txt", w.Message);
    }

    [Fact]
    public void Duplicate_ids_are_an_error_naming_both_files()
    {
        using var tmp = Folder(("pier.txt", Story), ("pier.md", Story + " Again."));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Contains("pier.txt", e.Message);
        Assert.Contains("pier.md", e.Message);
    }

    [Fact]
    public void Duplicate_ids_inside_a_jsonl_file_are_an_error()
    {
        var line = "{\"id\": \"x\", \"text\": \"" + Story + "\"}\n";
        using var tmp = Folder(("feed.jsonl", line + line.Replace("Tuesday", "Monday")));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Contains("feed.jsonl", e.Message);
        Assert.Contains("'x'", e.Message);
    }

    [Fact]
    public void Duplicate_texts_are_reported_naming_both_files()
    {
        using var tmp = Folder(("a.txt", Story), ("b.txt", Story.Replace(" ", "  ") + "\n"));
        var c = Parallax.Corpus.Load(tmp.Path);
        Assert.Equal(2, c.Articles.Count);
        var w = Assert.Single(c.Warnings);
        Assert.Equal("b.txt", w.File);
        Assert.Contains("a.txt", w.Message);
    }

    [Fact]
    public void Yaml_alias_bomb_is_refused_quickly()
    {
        var bomb = "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n" +
                   string.Concat(Enumerable.Range(0, 9).Select(i => $"{(char)('b' + i)}: &{(char)('b' + i)} [*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)},*{(char)('a' + i)}]\n"));
        using var tmp = Folder(("a.txt", Story), ("corpus.yaml", bomb));
        var watch = Stopwatch.StartNew();
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), "alias bomb took too long");
        Assert.Equal("corpus.yaml", e.File);
        Assert.Contains("alias", e.Message);
    }

    [Fact]
    public void Loading_never_writes_into_the_corpus_folder()
    {
        using var tmp = Repo.Temp().CopyFrom(Repo.Seeds);
        File.WriteAllText(tmp.File("extra.md"), "---\ntitle: Pier\n---\n# Pier\n\n" + Story);
        File.WriteAllText(tmp.File("notes.docx"), "not an article");
        var before = Snapshot(tmp.Path);
        Parallax.Corpus.Load(tmp.Path);
        Parallax.Corpus.Load(tmp.Path, new CorpusOptions { UseManifest = false });
        Assert.Equal(before, Snapshot(tmp.Path));
    }

    [Fact]
    public void Aliases_in_front_matter_are_refused_naming_the_file()
    {
        using var tmp = Folder(("pier.md", "---\ntitle: &t Pier closed\noutlet: *t\n---\n" + Story + "\n"));
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Load(tmp.Path));
        Assert.Equal(("pier.md", 3, "outlet"), (e.File, e.Line, e.Field));
    }

    [Fact]
    public void Unknown_front_matter_field_is_a_warning_naming_file_and_line()
    {
        using var tmp = Folder(("pier.md", "---\ntitle: Pier closed\nmood: calm\n---\n" + Story + "\n"));
        var c = Parallax.Corpus.Load(tmp.Path);
        var w = Assert.Single(c.Warnings);
        Assert.Equal(("pier.md", 3), (w.File, w.Line));
        Assert.Contains("mood", w.Message);
    }

    private static string Snapshot(string folder) => string.Join("\n",
        Directory.EnumerateFileSystemEntries(folder, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(p =>
            Path.GetRelativePath(folder, p) + " " + (File.Exists(p) ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(p))) + " " + File.GetLastWriteTimeUtc(p).Ticks : "dir")));
}
