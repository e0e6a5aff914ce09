using Parallax.Pipeline;
using Parallax.Pipeline.Cache;
using Parallax.Tags;
using Parallax.Tests.Support;

namespace Parallax.Tests.Pipeline;

public sealed class TagCacheTests
{
    private const string NewArticle = """
        Flooding closes river crossing in Marrowby

        Officials in Marrowby said on Tuesday that the old river crossing would stay closed for a week after heavy rain.
        "The water is still rising," said Tamsin Okoro, a spokeswoman for the county council, according to the Eastbrook Courier.
        """;

    [Fact]
    public void A_second_run_takes_every_article_from_the_cache_and_gives_the_same_tags()
    {
        using var corpusDir = Repo.Temp().CopyFrom(Repo.Seeds);
        using var outDir = Repo.Temp();
        var corpus = Corpus.Load(corpusDir.Path);
        var pipeline = TaggingPipeline.Default(corpusDir.Path);
        var cache = Path.Combine(outDir.Path, "cache");

        var first = pipeline.RunCached(corpus, cache);
        var second = pipeline.RunCached(corpus, cache);

        Assert.Equal(corpus.Articles.Count, first.Tagged);
        Assert.Equal(0, second.Tagged);
        Assert.Equal(corpus.Articles.Count, second.FromCache);
        var direct = TagsJson.Serialize(pipeline.Run(corpus));
        Assert.Equal(direct, TagsJson.Serialize(first.Tags));
        Assert.Equal(direct, TagsJson.Serialize(second.Tags));
        Assert.True(second.Tags.Documents.Sum(d => d.Mentions.Count + d.Attributions.Count + d.Labels.Count) > 50);
    }

    [Fact]
    public void Adding_one_article_tags_exactly_that_article()
    {
        using var corpusDir = Repo.Temp().CopyFrom(Repo.Seeds);
        using var outDir = Repo.Temp();
        var cache = Path.Combine(outDir.Path, "cache");
        var pipeline = TaggingPipeline.Default(corpusDir.Path);
        var before = pipeline.RunCached(Corpus.Load(corpusDir.Path), cache);

        File.WriteAllText(corpusDir.File("zz-new-article.txt"), NewArticle);
        var corpus = Corpus.Load(corpusDir.Path);
        var after = pipeline.RunCached(corpus, cache);

        Assert.Equal(before.Tags.Documents.Count + 1, corpus.Articles.Count);
        Assert.Equal(1, after.Tagged);
        Assert.Equal(before.Tags.Documents.Count, after.FromCache);
        var added = after.Tags.Documents.Single(d => d.Article.File == "zz-new-article.txt");
        Assert.Contains(added.Mentions, m => m.Text == "Tamsin Okoro");
        Assert.All(after.Tags.Documents.SelectMany(d => d.Mentions), m => Assert.NotNull(m.Entity));
    }

    [Fact]
    public void Editing_an_article_retags_only_that_article()
    {
        using var corpusDir = Repo.Temp().CopyFrom(Repo.Seeds);
        using var outDir = Repo.Temp();
        var cache = Path.Combine(outDir.Path, "cache");
        var pipeline = TaggingPipeline.Default(corpusDir.Path);
        pipeline.RunCached(Corpus.Load(corpusDir.Path), cache);

        var file = Directory.GetFiles(corpusDir.Path, "*.txt").Order(StringComparer.Ordinal).First();
        File.AppendAllText(file, "\n\nThe council said the road would reopen on Friday.\n");
        var after = pipeline.RunCached(Corpus.Load(corpusDir.Path), cache);

        Assert.Equal(1, after.Tagged);
    }

    [Fact]
    public void Changing_a_data_file_in_the_corpus_folder_invalidates_the_cache()
    {
        using var corpusDir = Repo.Temp().CopyFrom(Repo.Seeds);
        using var outDir = Repo.Temp();
        var cache = Path.Combine(outDir.Path, "cache");
        var corpus = Corpus.Load(corpusDir.Path);
        TaggingPipeline.Default(corpusDir.Path).RunCached(corpus, cache);
        var fingerprint = DataFingerprint.Of(TaggingPipeline.Default(corpusDir.Path), KitData.For(corpusDir.Path));

        // A user extension of a kit data file: a different folder gives different knowledge (KitData caches per folder).
        using var extended = Repo.Temp().CopyFrom(corpusDir.Path);
        File.WriteAllText(extended.File("hedges.yaml"), "hedges:\n  - { lang: en, kind: hearsay, patterns: [rumouredly] }\n");
        var pipeline = TaggingPipeline.Default(extended.Path);
        Assert.NotEqual(fingerprint, DataFingerprint.Of(pipeline, KitData.For(extended.Path)));
        var rerun = pipeline.RunCached(Corpus.Load(extended.Path), cache);

        Assert.Equal(corpus.Articles.Count, rerun.Tagged);
        Assert.Equal(0, rerun.FromCache);
        Assert.Single(Directory.GetDirectories(cache, "tags-*"));
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("truncated")]
    [InlineData("flipped")]
    public void A_corrupt_cache_file_is_ignored_with_a_warning(string damage)
    {
        using var corpusDir = Repo.Temp().CopyFrom(Repo.Seeds);
        using var outDir = Repo.Temp();
        var cache = Path.Combine(outDir.Path, "cache");
        var corpus = Corpus.Load(corpusDir.Path);
        var pipeline = TaggingPipeline.Default(corpusDir.Path);
        var expected = TagsJson.Serialize(pipeline.RunCached(corpus, cache).Tags);
        var segment = Directory.GetFiles(cache, "*.seg", SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(segment);
        switch (damage)
        {
            case "garbage": File.WriteAllText(segment, "not a cache file at all"); break;
            case "truncated": File.WriteAllBytes(segment, bytes[..(bytes.Length / 2)]); break;
            default: bytes[^10] ^= 0x5a; File.WriteAllBytes(segment, bytes); break;
        }

        var rerun = pipeline.RunCached(corpus, cache);

        Assert.Equal(corpus.Articles.Count, rerun.Tagged);
        var warning = Assert.Single(rerun.Tags.Warnings, w => w.File == segment);
        Assert.Contains("tag cache", warning.Message);
        Assert.Equal(expected, TagsJson.Serialize(rerun.Tags with { Warnings = corpus.Warnings }));
        var third = pipeline.RunCached(corpus, cache);
        Assert.Equal(0, third.Tagged);
        Assert.DoesNotContain(third.Tags.Warnings, w => w.File == segment);
    }

    [Fact]
    public void The_content_hash_changes_with_text_metadata_and_paragraphs_only()
    {
        var a = Corpus.Load(Repo.Seeds).Articles[0];
        var h = ContentHash.Of(a);
        Assert.Equal(h, ContentHash.Of(a with { }));
        Assert.NotEqual(h, ContentHash.Of(a with { Text = a.Text + " " }));
        Assert.NotEqual(h, ContentHash.Of(a with { Metadata = a.Metadata with { Outlet = "Another Outlet" } }));
        Assert.NotEqual(h, ContentHash.Of(a with { Paragraphs = a.Paragraphs.Skip(1).ToList() }));
    }
}
