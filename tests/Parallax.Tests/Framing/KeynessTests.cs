using Parallax.Framing;

namespace Parallax.Tests.Framing;

public class KeynessTests
{
    private static Document Doc(string id, string outlet, string text) =>
        new(new Article(id, id + ".txt", text, "en", 1, new ArticleMetadata { Outlet = outlet }, [new Paragraph(0, text.Length, ParagraphRole.Body)]));

    private static string Repeat(string s, int n) => string.Join(" ", Enumerable.Repeat(s, n));

    // Outlet A: 100 words, "junta" 10 times. Outlet B: 100 words, "junta" once. The other nine words are shared
    // ("the army said on monday that troops moved north"): 10 times in A, 11 times in B.
    private static readonly IReadOnlyList<Document> Planted =
    [
        Doc("a1", "A", Repeat("the army said on monday that troops moved north", 5) + " " + Repeat("junta", 5)),
        Doc("a2", "A", Repeat("junta", 5) + " " + Repeat("the army said on monday that troops moved north", 5)),
        Doc("b1", "B", Repeat("the army said on monday that troops moved north", 6) + " junta"),
        Doc("b2", "B", Repeat("the army said on monday that troops moved north", 5)),
    ];

    [Fact]
    public void The_planted_term_ranks_first_with_the_hand_computed_G2()
    {
        var rows = Keyness.ByGroup(Planted, "outlet", "A");
        var top = rows[0];
        Assert.Equal("junta", top.Feature);
        Assert.Equal((10, 1), (top.NTarget, top.NReference));

        // By hand: a = 10, b = 1, c = 90, d = 99, N = 200.
        // Expected counts: E11 = E12 = 11·100/200 = 5.5; E21 = E22 = 189·100/200 = 94.5.
        // G² = 2·[10·ln(10/5.5) + 1·ln(1/5.5) + 90·ln(90/94.5) + 99·ln(99/94.5)]
        //    = 2·[5.97837 − 1.70475 − 4.39112 + 4.60548] = 8.97596
        // Williams: q = 1 + (N/(a+b) + N/(c+d) − 1)·(N/(a+c) + N/(b+d) − 1)/(6N)
        //             = 1 + (200/11 + 200/189 − 1)·(2 + 2 − 1)/1200 = 1.04560
        // G²/q = 8.58451, positive because a > E11.
        double g2 = 2 * (10 * Math.Log(10 / 5.5) + 1 * Math.Log(1 / 5.5) + 90 * Math.Log(90 / 94.5) + 99 * Math.Log(99 / 94.5));
        double q = 1 + (200.0 / 11 + 200.0 / 189 - 1) * (200.0 / 100 + 200.0 / 100 - 1) / (6 * 200);
        Assert.Equal(8.97596, g2, 4);
        Assert.Equal(1.04560, q, 4);
        Assert.Equal(g2 / q, top.G2, 6);
        Assert.Equal(8.58451, top.G2, 4);
        // Log ratio: log2((10/100)/(1/100)) = log2 10
        Assert.Equal(Math.Log2(10), top.LogRatio, 9);
        Assert.True(top.P < 0.01);
    }

    [Fact]
    public void Under_used_terms_are_negative_and_rare_terms_are_dropped()
    {
        var rows = Keyness.ByGroup(Planted, "outlet", "B");
        Assert.Equal("junta", rows[^1].Feature);
        Assert.True(rows[^1].G2 < 0);
        var strict = Keyness.ByGroup(Planted, "outlet", "B", new KeynessOptions { MinFrequency = 12 });
        Assert.DoesNotContain(strict, r => r.Feature == "junta");
        Assert.Contains(strict, r => r.Feature == "army");
    }

    [Fact]
    public void Chi2_applies_Yates_only_for_small_expected_counts()
    {
        // 2×2 table [[10, 1], [90, 99]]: E12 = 5.5 ≥ 5 everywhere, so no correction: N(ad−bc)²/((a+b)(c+d)(a+c)(b+d)).
        double plain = 200.0 * Math.Pow(10 * 99 - 1 * 90, 2) / (11.0 * 189 * 100 * 100);
        Assert.Equal(plain, KeynessScore.Chi2(10, 1, 90, 99), 9);
        // [[4, 0], [96, 100]]: E11 = 2 < 5 → Yates: N(|ad−bc| − N/2)²/(...)
        double yates = 200.0 * Math.Pow(400 - 100, 2) / (4.0 * 196 * 100 * 100);
        Assert.Equal(yates, KeynessScore.Chi2(4, 0, 96, 100), 9);
    }

    [Fact]
    public void Unknown_fields_and_values_are_clear_errors()
    {
        Assert.Contains("unknown metadata field", Assert.Throws<ArgumentException>(() => Keyness.ByGroup(Planted, "colour")).Message);
        Assert.Contains("no article has outlet = 'C'", Assert.Throws<ArgumentException>(() => Keyness.ByGroup(Planted, "outlet", "C")).Message);
    }

    [Fact]
    public void Label_keyness_counts_label_texts()
    {
        var tagger = ActorLabelTagger.For(KitData.For(null));
        var docs = new[]
        {
            Doc("x1", "X", "The regime shelled the town. The regime denied it. The rebels fled."),
            Doc("x2", "X", "The regime moved troops."),
            Doc("y1", "Y", "The government shelled the town. The rebels fled. The government denied it."),
        }.Select(tagger.Tag).ToList();
        var rows = Keyness.ByGroup(docs, "outlet", "X", new KeynessOptions { Feature = KeynessFeature.Labels, MinFrequency = 1 });
        Assert.Equal("regime", rows[0].Feature);
        Assert.Equal("government", rows[^1].Feature);
    }
}
