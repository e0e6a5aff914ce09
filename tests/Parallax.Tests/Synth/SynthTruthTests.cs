using Parallax;
using System.Text.Json;
using System.Text.RegularExpressions;
using Parallax.Tests.Support;

namespace Parallax.Tests.Synth;

/// <summary>The planted truth agrees with the texts: mentions, labels, variants, translations, reposts, languages.</summary>
public sealed partial class SynthTruthTests(SynthCorpusFixture corpus) : IClassFixture<SynthCorpusFixture>
{
    [Fact]
    public void Every_article_has_a_file_a_manifest_entry_and_a_truth_record()
    {
        var truth = corpus.TruthArticles.ToList();
        Assert.Equal(SynthCorpusFixture.Articles, truth.Count);
        Assert.Equal(SynthCorpusFixture.Articles, truth.Select(a => a.GetProperty("id").GetString()).Distinct().Count());
        var files = Directory.GetFiles(corpus.Dir, "*.txt", SearchOption.AllDirectories);
        Assert.Equal(SynthCorpusFixture.Articles, files.Length);
        Assert.Equal(3, Directory.GetDirectories(corpus.Dir).Length);
        var manifest = File.ReadAllText(Path.Combine(corpus.Dir, "corpus.yaml"));
        Assert.Equal(SynthCorpusFixture.Articles, ManifestEntry().Matches(manifest).Count);
        foreach (var a in truth.Take(50))
            Assert.Contains($"  \"{a.GetProperty("file").GetString()}\":\n    title: ", manifest);
        Assert.Equal(SynthCorpusFixture.Articles, corpus.Truth.GetProperty("totals").GetProperty("articles").GetInt32());
    }

    [Fact]
    public void Both_languages_are_present_in_a_realistic_mix()
    {
        var languages = corpus.TruthArticles.GroupBy(a => a.GetProperty("language").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["en", "fr"], languages.Keys.Order());
        double fr = languages["fr"] / (double)SynthCorpusFixture.Articles;
        Assert.InRange(fr, 0.2, 0.5);
        // French articles are written in French: a common French word occurs in each.
        foreach (var a in corpus.TruthArticles.Where(a => a.GetProperty("language").GetString() == "fr").Take(40))
            Assert.Matches(@"\b(les|des|une|selon|dans)\b", corpus.Text(a));
    }

    [Fact]
    public void Planted_mentions_and_labels_occur_in_their_articles()
    {
        int mentions = 0, labels = 0;
        foreach (var a in corpus.TruthArticles)
        {
            var text = corpus.Text(a);
            foreach (var m in a.GetProperty("mentions").EnumerateArray())
            {
                var surface = m[1].GetString()!;
                Assert.True(Occurrences(text, surface) >= m[2].GetInt32(), $"{a.GetProperty("id")}: '{surface}' planted {m[2]} times");
                mentions += m[2].GetInt32();
            }
            foreach (var l in a.GetProperty("labels").EnumerateArray())
            {
                Assert.True(Occurrences(text, l[0].GetString()!) >= l[2].GetInt32(), $"{a.GetProperty("id")}: label '{l[0]}'");
                labels += l[2].GetInt32();
            }
        }
        Assert.True(mentions > SynthCorpusFixture.Articles * 10);
        Assert.True(labels > SynthCorpusFixture.Articles * 3);
        Assert.True(corpus.Truth.GetProperty("totals").GetProperty("attributions").GetInt64() > SynthCorpusFixture.Articles * 10);
    }

    [Fact]
    public void People_are_spelled_differently_across_outlets_and_the_groups_list_every_spelling()
    {
        var people = corpus.Truth.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "person").ToList();
        Assert.True(people.Count > 50);
        var variantsById = people.ToDictionary(p => p.GetProperty("id").GetString()!, p => p.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!).ToHashSet());
        // Each variant recorded in an article belongs to the group.
        foreach (var a in corpus.TruthArticles.Take(100))
            foreach (var m in a.GetProperty("mentions").EnumerateArray().Where(m => m[0].GetString()!.StartsWith("person:")))
                Assert.Contains(m[1].GetString()!, variantsById[m[0].GetString()!]);
        // Full names (two or more words) of one person take several spellings for most people.
        int varied = people.Count(p => p.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!).Count(v => v.Contains(' ')) >= 2);
        Assert.True(varied > people.Count / 2, $"{varied} of {people.Count} people have several spellings");
        // The planted kinds of variation all occur somewhere.
        var all = variantsById.Values.SelectMany(v => v).ToList();
        Assert.Contains(all, v => v.StartsWith("Haj ") || v.StartsWith("Haji ") || v.StartsWith("Hajj "));
        Assert.Contains(all, v => v.StartsWith("Dj"));
        Assert.Contains(all, v => v.Contains("el-"));
        Assert.Contains(variantsById.Values, v => v.Any(x => x.Contains("ou")) && v.Any(x => x.Contains('u') && !x.Contains("ou")));
    }

    [Fact]
    public void Organisations_have_names_and_acronyms_in_both_languages()
    {
        var orgs = corpus.Truth.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "organisation").ToList();
        Assert.NotEmpty(orgs);
        Assert.Contains(orgs, o => o.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!).Count(v => v.Length > 1 && v.All(char.IsUpper)) == 2);
    }

    [Fact]
    public void Translations_render_an_English_article_in_French_with_the_same_entities_and_numbers_in_order()
    {
        var pairs = corpus.Truth.GetProperty("translations").EnumerateArray().ToList();
        Assert.NotEmpty(pairs);
        foreach (var p in pairs)
        {
            var fr = corpus.TruthArticle(p.GetProperty("article").GetString()!);
            var en = corpus.TruthArticle(p.GetProperty("source").GetString()!);
            Assert.Equal("fr", fr.GetProperty("language").GetString());
            Assert.Equal("en", en.GetProperty("language").GetString());
            Assert.Equal("translation", fr.GetProperty("kind").GetString());
            Assert.Equal(en.GetProperty("event").GetString(), fr.GetProperty("event").GetString());
            Assert.Equal(Numbers(corpus.Text(en)), Numbers(corpus.Text(fr)));
            Assert.Equal(Entities(en), Entities(fr));
            Assert.Equal(en.GetProperty("attributions").GetInt32(), fr.GetProperty("attributions").GetInt32());
            Assert.NotEqual(corpus.Text(en), corpus.Text(fr));
        }
    }

    [Fact]
    public void Reposts_copy_paragraphs_of_their_source_under_another_headline()
    {
        var reposts = corpus.Truth.GetProperty("reposts").EnumerateArray().ToList();
        Assert.NotEmpty(reposts);
        foreach (var r in reposts)
        {
            var copy = corpus.Text(corpus.TruthArticle(r.GetProperty("article").GetString()!)).TrimEnd().Split("\n\n");
            var source = corpus.Text(corpus.TruthArticle(r.GetProperty("source").GetString()!)).TrimEnd().Split("\n\n");
            int n = r.GetProperty("paragraphs").GetInt32();
            Assert.True(n >= 1);
            Assert.Equal(n, copy.Skip(1).Count(p => source.Contains(p)));
            Assert.DoesNotContain(copy[0], source);
        }
    }

    [Fact]
    public void Generated_people_are_invented_not_the_sample_corpus_people()
    {
        var goldNames = Gold.Root.GetProperty("cross_article").GetProperty("name_variant_groups").EnumerateObject()
            .SelectMany(g => g.Value.EnumerateArray().Select(v => v.GetString()!)).Where(n => n.Length > 4).ToHashSet();
        Assert.NotEmpty(goldNames);
        var planted = corpus.Truth.GetProperty("entities").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "person")
            .SelectMany(e => e.GetProperty("variants").EnumerateArray().Select(v => v.GetString()!)).ToList();
        Assert.DoesNotContain(planted, goldNames.Contains);
    }

    [Fact]
    public void Articles_average_about_the_requested_length()
    {
        var words = corpus.TruthArticles.Where(a => a.GetProperty("kind").GetString() == "original").Select(a => a.GetProperty("words").GetInt32()).ToList();
        Assert.InRange(words.Average(), 500, 800);
        Assert.True(words.Min() < 400 && words.Max() > 800, "lengths vary");
    }

    private static int Occurrences(string text, string s)
    {
        int n = 0;
        for (int i = text.IndexOf(s, StringComparison.Ordinal); i >= 0; i = text.IndexOf(s, i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    private static readonly Parallax.Sources.OutletRegistry Outlets = Parallax.Sources.OutletRegistry.For(KitData.For(null));

    // Numbers of the story; digits inside outlet names ("France 24") are not numbers of the story, and a translation may cite a local outlet.
    private static List<string> Numbers(string text)
    {
        var outlets = Outlets.FindIn(text).ToList();
        return NumberPattern().Matches(text).Where(m => !outlets.Any(o => m.Index >= o.Start && m.Index < o.End)).Select(m => m.Value).ToList();
    }

    private static List<string> Entities(JsonElement a) =>
        a.GetProperty("mentions").EnumerateArray().Select(m => m[0].GetString()!).Where(e => !e.StartsWith("outlet:")).Distinct().Order().ToList();

    [GeneratedRegex(@"\d+")]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^  ""part-\d{3}/synth-\d{6}\.txt"":$", RegexOptions.Multiline)]
    private static partial Regex ManifestEntry();
}
