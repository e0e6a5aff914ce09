using System.Text.Json;
using Parallax.Cli;
using Parallax.Tests.Support;

namespace Parallax.Tests.Loading;

/// <summary><c>parallax corpus</c>: JSON equal to gold on the seeds, a table, and exit code 2 for a missing folder.</summary>
public class CorpusCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = await CliApp.RunAsync(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task Json_of_the_seeds_reports_gold_outlet_date_language_and_title()
    {
        var (code, output, _) = await Run("corpus", Repo.Seeds, "--json");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var articles = doc.RootElement.GetProperty("articles").EnumerateArray().ToDictionary(a => a.GetProperty("id").GetString()!);
        Assert.Equal(5, articles.Count);
        foreach (var g in Gold.Articles)
        {
            var a = articles[Gold.Id(g)];
            var meta = g.GetProperty("metadata");
            foreach (var (gold, json) in new[] { ("outlet", "outlet"), ("published", "published"), ("language", "language"), ("title", "title") })
                Assert.True(Str(meta, gold) == Str(a, json), $"{Gold.Id(g)} {json}: expected '{Str(meta, gold)}', got '{Str(a, json)}'");
        }
        Assert.Empty(doc.RootElement.GetProperty("warnings").EnumerateArray());
    }

    [Fact]
    public async Task Json_without_manifest_marks_inferred_values()
    {
        var (code, output, _) = await Run("corpus", Repo.Seeds, "--json", "--no-manifest");
        Assert.Equal(0, code);
        using var doc = JsonDocument.Parse(output);
        var first = doc.RootElement.GetProperty("articles")[0];
        Assert.Equal("inferred", first.GetProperty("origins").GetProperty("language").GetString());
        Assert.Equal("inferred", first.GetProperty("origins").GetProperty("published").GetString());
    }

    [Fact]
    public async Task Table_lists_every_article_and_the_warnings()
    {
        using var tmp = Repo.Temp().CopyFrom(Repo.Seeds);
        File.WriteAllText(tmp.File("empty.txt"), "");
        var (code, output, _) = await Run("corpus", tmp.Path);
        Assert.Equal(0, code);
        foreach (var g in Gold.Articles) Assert.Contains(Gold.Id(g), output);
        Assert.Contains("empty.txt", output);
        Assert.Contains("headline:1", output);
    }

    [Fact]
    public async Task Missing_folder_exits_with_2_and_names_the_folder()
    {
        var path = Path.Combine(Path.GetTempPath(), "parallax-missing-" + Guid.NewGuid().ToString("N"));
        var (code, _, err) = await Run("corpus", path);
        Assert.Equal(2, code);
        Assert.Contains(path, err);
    }

    [Fact]
    public async Task Malformed_manifest_exits_with_2_naming_file_and_line()
    {
        using var tmp = Repo.Temp();
        File.WriteAllText(tmp.File("a.txt"), "Some text that is here.");
        File.WriteAllText(tmp.File("corpus.yaml"), "files:\n  a.txt:\n    published: soon\n");
        var (code, _, err) = await Run("corpus", tmp.Path, "--json");
        Assert.Equal(2, code);
        Assert.Contains("corpus.yaml:3:16", err);
        Assert.Contains("published", err);
    }

    private static string? Str(JsonElement e, string p) =>
        e.TryGetProperty(p, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
