using System.Text.RegularExpressions;
using Parallax.Framing;
using Parallax.Tests.Support;
using Xunit.Abstractions;

namespace Parallax.Tests.Framing;

public class ActorLabelGoldTests(ITestOutputHelper output)
{
    private static readonly ActorLabelTagger Tagger = ActorLabelTagger.For(KitData.For(null));

    // A gold phrase is found when one label covers it (leading determiner and a trailing "(ACRONYM)" aside).
    private static (bool Found, ActorLabel? Label) Cover(string text, IReadOnlyList<ActorLabel> labels, string phrase)
    {
        var core = Regex.Replace(phrase, @"^(the|The|le|la|les|a|an|its|their) ", "");
        core = Regex.Replace(core, @" \([A-Z]+\)$", "");
        ActorLabel? best = null;
        for (int at = text.IndexOf(core, StringComparison.Ordinal); at >= 0; at = text.IndexOf(core, at + 1, StringComparison.Ordinal))
            foreach (var l in labels.Where(l => l.Start <= at && l.End >= at + core.Length))
                if (best is null || l.End - l.Start < best.End - best.Start) best = l;
        return (best is not null, best);
    }

    [Fact]
    public void Opposition_and_government_labels_reach_the_gold_recall_with_the_right_side()
    {
        int total = 0, found = 0, sideRight = 0;
        foreach (var article in SeedDocuments.All)
        {
            var doc = Tagger.Tag(new Document(article));
            var gold = Gold.Article(article.Id);
            foreach (var (list, side) in new[] { ("opposition_labels", Sides.Opposition), ("government_labels", Sides.Government) })
                foreach (var phrase in Gold.Strings(gold, list).Select(Gold.Plain))
                {
                    total++;
                    var (ok, label) = Cover(doc.Text, doc.Labels, phrase);
                    if (ok) { found++; if (label!.Actor == side) sideRight++; }
                    output.WriteLine($"{article.Id[..3]} {side,-10} {(ok ? label!.Actor == side ? "ok  " : "SIDE" : "MISS")} {phrase}  <- {label?.Text} [{label?.Actor}]");
                }
        }
        double recall = (double)found / total, sideAccuracy = (double)sideRight / found;
        output.WriteLine($"recall {found}/{total} = {recall:F3}; side right {sideRight}/{found} = {sideAccuracy:F3}");
        Assert.True(recall >= 0.85, $"recall {recall:F3}");
        Assert.True(sideAccuracy >= 0.90, $"side accuracy {sideAccuracy:F3}");
    }

    [Fact]
    public void Prints_all_labels()
    {
        foreach (var article in SeedDocuments.All)
        {
            var doc = Tagger.Tag(new Document(article));
            foreach (var l in doc.Labels) output.WriteLine($"{article.Id[..3]} [{l.Actor}] {l.Text} ({string.Join(",", l.Categories)}){(l.InQuotation ? " QUOTED" : "")}");
        }
        Assert.NotEmpty(SeedDocuments.All);
    }
}
