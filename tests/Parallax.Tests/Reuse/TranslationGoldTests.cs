using Parallax.Pipeline;
using Parallax.Reuse;
using Parallax.Tests.Framing;
using Parallax.Tests.Support;
using Xunit.Abstractions;

namespace Parallax.Tests.Reuse;

public class TranslationGoldTests(ITestOutputHelper output)
{
    private static readonly KitData Data = KitData.For(null);

    [Fact]
    public void The_French_article_is_found_as_the_translation_of_000_and_nothing_else_passes()
    {
        // Loaded as the loader gives them (no language, no metadata): languages are guessed.
        var docs = Corpus.Load(Repo.Seeds).Articles.Select(a => new Document(a)).ToList();
        var guess = LanguageGuess.For(Data);
        var langs = docs.Select(d => guess.Of(d.Article)).ToList();
        output.WriteLine("languages: " + string.Join(", ", docs.Select((d, i) => $"{d.Id[..3]}={langs[i]}")));
        Assert.Equal(["en", "en", "fr", "en", "en"], langs);

        var detector = new TranslationDetector(AnchorReader.For(Data));
        var scored = detector.Score(docs, langs);
        foreach (var r in scored) output.WriteLine($"{r.From[..3]} -> {r.To[..3]} {r.Kind} {r.Score:F3} ({r.Passages.Count} aligned paragraphs)");
        var best = scored[0];
        Assert.Equal(("002", "000"), (best.From[..3], best.To[..3]));
        Assert.True(best.Score >= TranslationOptions.Default.MinScore);
        Assert.All(scored.Skip(1), r => Assert.True(r.Score < TranslationOptions.Default.MinScore, $"{r.From}->{r.To} {r.Score}"));
        Assert.True(best.Passages.Count >= 4);
    }

    [Fact]
    public void The_reuse_step_gives_one_relation_on_the_seeds()
    {
        var corpus = Corpus.Load(Repo.Seeds);
        var tags = new ReuseStep(new TranslationDetector(AnchorReader.For(Data)), new ReuseDetector(), LanguageGuess.For(Data))
            .Apply(new CorpusTags(corpus.Root, corpus.Articles.Select(a => new Document(a)).ToList(), []));
        foreach (var r in tags.Relations) output.WriteLine($"{r.From} -> {r.To} {r.Kind} {r.Score}");
        var only = Assert.Single(tags.Relations);
        Assert.Equal(("002", "000", "translation"), (only.From[..3], only.To[..3], only.Kind));
    }

    [Fact]
    public void Declared_metadata_sets_the_direction()
    {
        var docs = SeedDocuments.All.Where(a => a.Id[..3] is "000" or "002")
            .Select(a => new Document(a with { Metadata = a.Metadata with { TranslationOf = a.Id.StartsWith("000") ? SeedDocuments.Get("002").Id : null } })).ToList();
        var r = Assert.Single(new TranslationDetector(AnchorReader.For(Data)).Detect(docs, ["en", "fr"]));
        Assert.Equal("000", r.From[..3]);
    }
}
