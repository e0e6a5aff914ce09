using System.Text.Json;
using Parallax.Tests.Support;

namespace Parallax.Tests.Loading;

/// <summary>Metadata of the sample corpus: from the manifest it equals gold; without it, language and dates are inferred.</summary>
public class SeedMetadataTests
{
    private static readonly string[] Fields = ["title", "outlet", "outlet_type", "url", "published", "event", "translation_of", "republished_from"];

    [Fact]
    public void Manifest_metadata_equals_gold()
    {
        var corpus = Parallax.Corpus.Load(Repo.Seeds);
        Assert.Empty(corpus.Warnings);
        foreach (var g in Gold.Articles)
        {
            var a = corpus[Gold.Id(g)];
            var meta = g.GetProperty("metadata");
            foreach (var f in Fields)
            {
                var expected = meta.TryGetProperty(f, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                Assert.True(expected == a.Metadata.Get(f), $"{a.Id} {f}: expected '{expected}', got '{a.Metadata.Get(f)}'");
                if (expected is not null) Assert.Equal(MetadataOrigin.Manifest, a.Metadata.Origins[f]);
            }
            Assert.Equal(meta.GetProperty("language").GetString(), a.Language);
            Assert.Equal(MetadataOrigin.Manifest, a.Metadata.Origins["language"]);
        }
    }

    [Fact]
    public void Without_manifest_language_and_datelines_are_inferred()
    {
        using var tmp = Repo.Temp().CopyFrom(Repo.Seeds);
        File.Delete(tmp.File("corpus.yaml"));
        var corpus = Parallax.Corpus.Load(tmp.Path);
        Assert.Equal(5, corpus.Articles.Count);
        foreach (var g in Gold.Articles)
        {
            var a = corpus[Gold.Id(g)];
            Assert.Equal(g.GetProperty("metadata").GetProperty("language").GetString(), a.Language);
            Assert.True(a.LanguageConfidence > 0.5, $"{a.Id}: confidence {a.LanguageConfidence}");
            Assert.Equal(MetadataOrigin.Inferred, a.Metadata.Origins["language"]);
        }
        var a0 = corpus[Gold.Articles.ElementAt(0).GetProperty("id").GetString()!];
        var a1 = corpus[Gold.Articles.ElementAt(1).GetProperty("id").GetString()!];
        Assert.Equal("2020-02-04T12:40", a0.Metadata.Published);
        Assert.Equal("2020-02-03T20:25", a1.Metadata.Published);
        Assert.Equal(MetadataOrigin.Inferred, a0.Metadata.Origins["published"]);
        Assert.Equal(MetadataOrigin.Inferred, a1.Metadata.Origins["published"]);
    }

    [Fact]
    public void Without_manifest_titles_are_the_gold_titles_and_undated_texts_stay_undated()
    {
        using var tmp = Repo.Temp().CopyFrom(Repo.Seeds);
        File.Delete(tmp.File("corpus.yaml"));
        var corpus = Parallax.Corpus.Load(tmp.Path);
        foreach (var g in Gold.Articles)
        {
            var a = corpus[Gold.Id(g)];
            var title = g.GetProperty("metadata").GetProperty("title");
            Assert.Equal(title.ValueKind == JsonValueKind.String ? title.GetString() : null, a.Metadata.Title);
        }
        // 004 mentions "December 22" without a year: no date is guessed.
        Assert.Null(corpus[Gold.Articles.ElementAt(4).GetProperty("id").GetString()!].Metadata.Published);
    }

    [Fact]
    public void Without_manifest_roles_still_equal_gold()
    {
        using var tmp = Repo.Temp().CopyFrom(Repo.Seeds);
        File.Delete(tmp.File("corpus.yaml"));
        var corpus = Parallax.Corpus.Load(tmp.Path);
        foreach (var g in Gold.Articles)
        {
            var a = corpus[Gold.Id(g)];
            var expected = g.GetProperty("non_body_lines").EnumerateObject()
                .SelectMany(r => r.Value.EnumerateArray().Select(l => $"{r.Name}: {Gold.Plain(l.GetString()!)}")).ToHashSet();
            var actual = a.Paragraphs.Where(p => p.Role != ParagraphRole.Body)
                .Select(p => $"{Parallax.Tags.TagsJson.Snake(p.Role.ToString())}: {Gold.Plain(a.TextOf(p))}").ToHashSet();
            Assert.True(expected.SetEquals(actual), $"{a.Id}: expected [{string.Join(" | ", expected)}], got [{string.Join(" | ", actual)}]");
        }
    }

    [Fact]
    public void Every_paragraph_is_a_trimmed_span_of_the_text()
    {
        foreach (var a in Parallax.Corpus.Load(Repo.Seeds).Articles)
        {
            int end = 0;
            foreach (var p in a.Paragraphs)
            {
                Assert.True(p.Start >= end && p.End > p.Start && p.End <= a.Text.Length);
                var t = a.TextOf(p);
                Assert.Equal(t.Trim(), t);
                Assert.DoesNotContain('\n', t);
                end = p.End;
            }
        }
    }
}
