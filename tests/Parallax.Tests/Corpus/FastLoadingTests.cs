using System.Text.RegularExpressions;
using Parallax.Loading;
using Parallax.Tests.Support;

namespace Parallax.Tests.Loading;

/// <summary>
/// The loader's speed paths give what the plain paths gave: joined role rules answer as the rules one by one,
/// compiled regexes match as interpreted ones, and batch loading replays articles, warnings and errors in file order.
/// </summary>
public class FastLoadingTests
{
    private static readonly ParagraphRules Kit = ParagraphRules.For(KitData.For(null));

    private static readonly string[] Paragraphs =
    [
        "Leave a Reply", "12 Comments", "Share this article", "Read more: Storm closes mountain pass", "► Ferry timetable changes",
        "By Maria Lopez and John Doe, Reuters", "Photo: a crane lifts the new span into place", "The mayor, left, speaks to engineers.",
        "Workers repair the pier (AP Photo/Jane Roe)", "Independent news since 1998", "Your trusted source for harbour news",
        "The council approved the budget on Tuesday after a long debate about the costs of the new bridge.",
        "Lire aussi : la grève continue", "© 2024 Harbour Gazette", "Updated 5 hours ago", "Tags: ports, shipping, weather",
        "A view of the harbour, 4 February 2020", "Engineers inspect the cables, March 3, 2021", "The bridge was pictured at dawn.",
        "", "   ", "Subscribe", "Related", "advertisement", "The river rose by 2 metres, officials said.",
    ];

    public static TheoryData<string> Roles => new() { "boilerplate", "promo", "caption", "tagline" };

    [Theory]
    [MemberData(nameof(Roles))]
    public void Joined_kit_rules_answer_as_the_rules_one_by_one(string role)
    {
        var set = role switch { "boilerplate" => Kit.Boilerplate, "promo" => Kit.Promo, "caption" => Kit.Caption, _ => Kit.Tagline };
        int matched = 0;
        foreach (var p in Paragraphs)
            foreach (var zone in new[] { Zone.Middle, Zone.Header, Zone.Footer, Zone.Header | Zone.Footer })
            {
                int words = ParagraphRules.Words(p);
                bool alone = set.Rules.Any(r => r.Match(p, words, zone) is not null);
                Assert.Equal(alone, set.Any(p, words, zone));
                if (alone) matched++;
            }
        Assert.True(matched > 0, $"no {role} paragraph in the sample: the comparison proves nothing");
    }

    [Theory]
    [InlineData("ABC then more", true)]
    [InlineData("abc then more", false)]   // (?-i) stays inside its own rule
    [InlineData("xylophone", true)]        // ... and the next rule still ignores case
    [InlineData("XYLOPHONE", true)]
    [InlineData("echo echo", true)]        // a backreference keeps its group (the rule is asked alone)
    [InlineData("echo delta", false)]
    [InlineData("the end", true)]
    [InlineData("nothing here", false)]
    public void Joined_rules_keep_their_own_options_and_groups(string paragraph, bool expected)
    {
        var rules = new[] { "(?-i)^ABC", "^x", "^(\\w+) \\1$", "end$", "^z|^q" }
            .Select(p => new CompiledRule(new RoleRule { Pattern = p }, new Dictionary<string, string>(), "test.yaml")).ToList();
        var set = new RuleSet(rules);
        Assert.Equal(expected, set.Any(paragraph, 2, Zone.Middle));
        Assert.Equal(rules.Any(r => r.Match(paragraph, 2, Zone.Middle) is not null), set.Any(paragraph, 2, Zone.Middle));
    }

    [Theory]
    [InlineData("Storm closes the mountain pass", "Storm closes the mountain pass", true)]
    [InlineData("STORM closes the mountain-pass!", "Storm closes the mountain pass", true)]
    [InlineData("Storm closes the mountain pass | Valley Herald", "Storm closes the mountain pass", true)]
    [InlineData("Storm closes the mountain pass, the valley herald reports today", "Storm closes the mountain pass", false)]
    [InlineData("Storm closes the pass", "Storm closes the mountain pass", false)]
    [InlineData("Storms close the mountain pass", "Storm closes the mountain pass", false)]
    [InlineData("The mountain pass closes in a storm", "Storm closes the mountain pass", false)]
    [InlineData("Council approves the new harbour budget after a long night of debate", "Council approves new harbour budget after a long night of debate", true)]
    [InlineData("Storm closes the mountain pass", "", false)]
    [InlineData("", "Storm closes the mountain pass", false)]
    public void A_paragraph_repeats_the_title_by_words_not_by_spelling(string paragraph, string title, bool expected) =>
        Assert.Equal(expected, TitleMatch.Same(paragraph, title));

    [Fact]
    public void Compiled_regex_matches_as_interpreted()
    {
        const string pattern = @"(?<!\w)(?<mon>march|mars|marzo)\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})";
        var interpreted = new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var adaptive = AdaptiveRegex.Get(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        adaptive.Compile();
        Assert.True(adaptive.Regex.Options.HasFlag(RegexOptions.Compiled));
        foreach (var text in new[] { "Published March 3, 2021 and mars 4 2022", "no date", "MARZO 12 1999", "xmarch 3 2020" })
        {
            var want = interpreted.Matches(text).Select(m => (m.Index, m.Length, m.Groups["mon"].Value)).ToList();
            Assert.Equal(want, adaptive.Matches(text).Select(m => (m.Index, m.Length, m.Groups["mon"].Value)).ToList());
        }
        Assert.Equal(2, adaptive.Matches("Published March 3, 2021 and mars 4 2022").Count);
    }

    [Fact]
    public void Streaming_replays_warnings_and_errors_in_file_order()
    {
        using var tmp = Repo.Temp();
        File.WriteAllText(tmp.File("a.jsonl"),
            "{\"id\":\"a1\",\"text\":\"The ferry left at noon.\",\"colour\":\"blue\"}\n{\"id\":\"a2\",\"text\":\"The pier reopened.\"}\n");
        File.WriteAllText(tmp.File("b.jsonl"),
            "{\"id\":\"b1\",\"text\":\"Gulls circled the port.\",\"mood\":\"calm\"}\n{\"id\":\"b2\",\"text\":\n{\"id\":\"b3\",\"text\":\"Late line.\",\"shade\":\"x\"}\n");
        File.WriteAllText(tmp.File("c.txt"), "A file after the error is never reported.\n");
        var warnings = new List<CorpusWarning>();
        var seen = new List<string>();
        var e = Assert.Throws<CorpusException>(() =>
        {
            foreach (var f in CorpusLoader.Stream(tmp.Path, CorpusOptions.Default, warnings))
                seen.AddRange(f.Articles!.Select(a => a.Id));
        });
        Assert.Equal(["a1", "a2"], seen);
        Assert.Equal(("b.jsonl", 2), (e.File, e.Line));
        // warnings met before the error, in order; none from after it
        Assert.Equal(["a.jsonl:1", "b.jsonl:1"], warnings.Select(w => $"{w.File}:{w.Line}"));
    }

    [Fact]
    public void Batches_give_the_articles_of_a_one_by_one_load_in_order()
    {
        using var tmp = Repo.Temp();
        var expected = new List<string>();
        for (int i = 0; i < 150; i++)
        {
            var id = $"note-{i:D3}";
            File.WriteAllText(tmp.File(id + ".txt"), $"Harbour note {i}\n\nThe tide table for day {i} was posted at the quay, the harbour office said in a short notice.\n");
            expected.Add(id);
        }
        Assert.Equal(expected, Parallax.Corpus.Load(tmp.Path).Articles.Select(a => a.Id));
        Assert.Equal(expected, Parallax.Corpus.Enumerate(tmp.Path).Select(a => a.Id));
        Assert.All(Parallax.Corpus.Enumerate(tmp.Path), a => Assert.Equal(ParagraphRole.Headline, a.Paragraphs[0].Role));
    }

    [Fact]
    public void A_duplicate_id_in_one_batch_is_reported_with_both_files_in_order()
    {
        using var tmp = Repo.Temp();
        File.WriteAllText(tmp.File("one.jsonl"), "{\"id\":\"same\",\"text\":\"First copy of the notice.\"}\n");
        File.WriteAllText(tmp.File("two.jsonl"), "{\"id\":\"other\",\"text\":\"Another notice.\",\"hue\":\"red\"}\n"
            + "{\"id\":\"same\",\"text\":\"Second copy.\"}\n{\"id\":\"third\",\"text\":\"Third notice.\",\"tint\":\"grey\"}\n");
        var warnings = new List<CorpusWarning>();
        var e = Assert.Throws<CorpusException>(() => Parallax.Corpus.Enumerate(tmp.Path, null, warnings).ToList());
        Assert.Contains("duplicate article id 'same' in one.jsonl and two.jsonl", e.Message);
        // the warning of the line before the duplicate was given, the one after it was not
        Assert.Equal(["two.jsonl:1"], warnings.Select(w => $"{w.File}:{w.Line}"));
    }
}
