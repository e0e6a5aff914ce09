using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Parallax.Loading;
using Parallax.Pipeline;
using Parallax.Tags;
using Parallax.Tests.Support;
using Parallax.Text;

namespace Parallax.Tests.Adversarial;

/// <summary>
/// Properties over generated hostile text and small corpora (FsCheck): normalisation is idempotent and yields
/// well-formed NFC text; tagging never throws; every span is inside the text and keeps surrogate pairs whole; copied
/// span text equals the text at its offsets; the tags JSON parses and round-trips.
/// </summary>
[Collection(AdversarialCollection.Name)]
public class PropertyTests
{
    private static readonly TaggingPipeline Pipeline = TaggingPipeline.Default();
    private static readonly ArticleBuilder Builder = ArticleBuilder.For(KitData.For(null));

    private static Config Runs(int n) => Config.QuickThrowOnFailure.WithMaxTest(n).WithQuietOnSuccess(true);

    private static void Hold(int runs, Arbitrary<string> arb, Action<string> check) =>
        SuiteTally.Property(() => Check.One(Runs(runs), Prop.ForAll(arb, s => SuiteTally.Check(() => { check(s); return true; }))));

    private static Article ArticleOf(string raw)
    {
        var read = new TextArticleReader().Read("p.txt", raw, new List<CorpusWarning>()).Single();
        return Builder.Build(read, new Dictionary<string, string?>());
    }

    [Fact]
    public void Normalisation_is_idempotent() =>
        Hold(1000, HostileGen.TextArb, s =>
        {
            var once = TextNormalizer.Normalize(s);
            Assert.Equal(once, TextNormalizer.Normalize(once));
        });

    [Fact]
    public void Normalisation_of_any_chars_is_idempotent_well_formed_nfc_without_carriage_returns() =>
        Hold(1000, Arb.From(Gen.ListOf(HostileGen.AnyChar).Select(string.Concat)), s =>
        {
            var once = TextNormalizer.Normalize(s);
            Assert.True(SpanRules.IsWellFormed(once), "unpaired surrogate left");
            Assert.True(once.IsNormalized(NormalizationForm.FormC), "not NFC");
            Assert.DoesNotContain('\r', once);
            Assert.Equal(once, TextNormalizer.Normalize(once));
        });

    [Fact]
    public void Tagging_never_throws_and_every_span_holds() =>
        Hold(300, HostileGen.TextArb, s =>
        {
            var doc = Pipeline.Tag(ArticleOf(s));
            Assert.Empty(SpanRules.Problems(doc));
        });

    [Fact]
    public void Random_corpora_load_tag_and_serialise_to_json_that_round_trips()
    {
        using var dir = Repo.Temp();
        var arb = Arb.From(HostileGen.Corpus);
        SuiteTally.Property(() => Check.One(Runs(60), Prop.ForAll(arb, files => SuiteTally.Check(() =>
        {
            foreach (var f in Directory.GetFiles(dir.Path)) File.Delete(f);
            foreach (var (name, content) in files) File.WriteAllText(Path.Combine(dir.Path, name), content, new UTF8Encoding(false));
            var before = TreeHash.Of(dir.Path);
            var corpus = Corpus.Load(dir.Path);
            var tags = Pipeline.Run(corpus);
            Assert.Empty(SpanRules.Problems(tags));
            Assert.Empty(TagsJsonCheck.Problems(tags, TagsJson.Serialize(tags)));
            Assert.Equal(before, TreeHash.Of(dir.Path));
            return true;
        }))));
    }
}
