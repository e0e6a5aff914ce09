using Parallax.Cli;
using Parallax.Synth;
using Parallax.Tests.Support;

namespace Parallax.Tests.Synth;

/// <summary>Determinism, formats, and where the generator may write.</summary>
public sealed class SynthOutputTests
{
    private static Dictionary<string, byte[]> Snapshot(string dir) =>
        Directory.GetFiles(dir, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(dir, f), File.ReadAllBytes);

    [Theory]
    [InlineData(SynthFormat.Txt)]
    [InlineData(SynthFormat.Md)]
    [InlineData(SynthFormat.Jsonl)]
    public void The_same_seed_gives_byte_identical_output(SynthFormat format)
    {
        using var temp = Repo.Temp();
        var options = new SynthOptions { Articles = 260, Seed = 5, Format = format, FilesPerFolder = 100 };
        SyntheticCorpus.Write(temp.File("a"), options);
        SyntheticCorpus.Write(temp.File("b"), options with { Threads = 1 });
        SyntheticCorpus.Write(temp.File("c"), options with { Seed = 6 });
        var a = Snapshot(temp.File("a"));
        var b = Snapshot(temp.File("b"));
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        foreach (var (file, bytes) in a) Assert.True(bytes.AsSpan().SequenceEqual(b[file]), $"{file} differs");
        var c = Snapshot(temp.File("c"));
        Assert.False(a["synth.truth.json"].AsSpan().SequenceEqual(c["synth.truth.json"]));
    }

    [Fact]
    public void Jsonl_lines_carry_id_text_and_metadata()
    {
        using var temp = Repo.Temp();
        SyntheticCorpus.Write(temp.File("j"), new SynthOptions { Articles = 150, Format = SynthFormat.Jsonl, FilesPerFolder = 100 });
        var files = Directory.GetFiles(temp.File("j"), "*.jsonl").Order().ToList();
        Assert.Equal(2, files.Count);
        var lines = files.SelectMany(File.ReadLines).ToList();
        Assert.Equal(150, lines.Count);
        foreach (var line in lines.Take(20))
        {
            using var doc = System.Text.Json.JsonDocument.Parse(line);
            foreach (var field in new[] { "id", "text", "title", "outlet", "published", "language", "event" })
                Assert.False(string.IsNullOrEmpty(doc.RootElement.GetProperty(field).GetString()), field);
        }
    }

    [Fact]
    public void Writes_only_into_the_output_folder_and_leaves_no_temporary_files()
    {
        using var temp = Repo.Temp();
        var outDir = Path.Combine(temp.Path, "out", "nested");
        SyntheticCorpus.Write(outDir, 120, seed: 3);
        Assert.Equal([Path.Combine(temp.Path, "out")], Directory.GetFileSystemEntries(temp.Path));
        Assert.Equal([outDir], Directory.GetFileSystemEntries(Path.Combine(temp.Path, "out")));
        var all = Directory.GetFileSystemEntries(outDir, "*", SearchOption.AllDirectories);
        Assert.DoesNotContain(all, f => f.Contains(AtomicFile.TempSuffix));
        Assert.All(all.Where(File.Exists), f => Assert.True(OutputFolder.IsGenerated(Path.GetRelativePath(outDir, f).Replace('\\', '/')), f));
    }

    [Fact]
    public void Refuses_a_non_empty_folder_that_is_not_a_previous_output_unless_forced()
    {
        using var temp = Repo.Temp();
        File.WriteAllText(temp.File("notes.txt"), "my notes");
        var e = Assert.Throws<SynthException>(() => SyntheticCorpus.Write(temp.Path, 10));
        Assert.Contains(temp.Path, e.Message);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(temp.Path).Select(Path.GetFileName));
        SyntheticCorpus.Write(temp.Path, new SynthOptions { Articles = 10, Force = true });
        Assert.Equal("my notes", File.ReadAllText(temp.File("notes.txt")));
        Assert.True(File.Exists(temp.File("synth.truth.json")));
    }

    [Fact]
    public void Rewriting_a_previous_output_replaces_its_files_and_keeps_others()
    {
        using var temp = Repo.Temp();
        var dir = temp.File("c");
        SyntheticCorpus.Write(dir, new SynthOptions { Articles = 250, FilesPerFolder = 100 });
        File.WriteAllText(Path.Combine(dir, "README.txt"), "kept");
        SyntheticCorpus.Write(dir, new SynthOptions { Articles = 40, FilesPerFolder = 100 });
        Assert.Equal(40, Directory.GetFiles(dir, "synth-*.txt", SearchOption.AllDirectories).Length);
        Assert.Equal(["part-000"], Directory.GetDirectories(dir).Select(Path.GetFileName));
        Assert.Equal("kept", File.ReadAllText(Path.Combine(dir, "README.txt")));
    }

    [Fact]
    public void The_corpus_loads_as_a_corpus()
    {
        using var temp = Repo.Temp();
        SyntheticCorpus.Write(temp.File("c"), 80, seed: 2);
        var corpus = Corpus.Load(temp.File("c"));
        Assert.Equal(80, corpus.Articles.Count);
        Assert.All(corpus.Articles, a => Assert.StartsWith("synth-", a.Id));
    }

    [Fact]
    public async Task Cli_synth_writes_a_corpus_and_reports_bad_use()
    {
        using var temp = Repo.Temp();
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["synth", "--articles", "30", "--out", temp.File("c"), "--seed", "4", "--format", "md"], output, errors));
        Assert.Contains("wrote 30 articles", output.ToString());
        Assert.Equal(30, Directory.GetFiles(temp.File("c"), "*.md", SearchOption.AllDirectories).Length);
        File.WriteAllText(temp.File("x.txt"), "x");
        Assert.Equal(2, await CliApp.RunAsync(["synth", "--articles", "3", "--out", temp.Path], output, errors));
        Assert.Contains("not empty", errors.ToString());
        Assert.Equal(2, await CliApp.RunAsync(["synth", "--articles", "3"], output, errors));
        Assert.Equal(2, await CliApp.RunAsync(["synth", "--articles", "3", "--out", temp.File("d"), "--format", "pdf"], output, errors));
        Assert.Equal(2, await CliApp.RunAsync(["synth", "--articles", "0", "--out", temp.File("d")], output, errors));
    }
}
