using Parallax.Framing;
using Parallax.Tests.Support;
using Xunit.Abstractions;

namespace Parallax.Tests.Framing;

public class EventTermAndHedgeGoldTests(ITestOutputHelper output)
{
    private static readonly EventTermTagger Events = EventTermTagger.For(KitData.For(null));
    private static readonly HedgeTagger Hedges = HedgeTagger.For(KitData.For(null));

    // A gold phrase is found when a tagged span overlaps one of its occurrences.
    private static bool Overlaps(string text, IEnumerable<(int Start, int End)> spans, string phrase)
    {
        var list = spans.ToList();
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
            if (list.Any(s => s.Start < at + phrase.Length && s.End > at)) return true;
        return false;
    }

    private double Recall(string goldList, Func<Document, IEnumerable<(int, int)>> spans)
    {
        int total = 0, found = 0;
        foreach (var article in SeedDocuments.All)
        {
            var doc = SeedDocuments.Tag(new Document(article), Events, Hedges);
            foreach (var phrase in Gold.Strings(Gold.Article(article.Id), goldList).Select(Gold.Plain))
            {
                total++;
                bool ok = Overlaps(doc.Text, spans(doc), phrase);
                if (ok) found++;
                output.WriteLine($"{article.Id[..3]} {(ok ? "ok  " : "MISS")} {phrase}");
            }
        }
        output.WriteLine($"{goldList}: {found}/{total} = {(double)found / total:F3}");
        return (double)found / total;
    }

    [Fact]
    public void Death_verbs_reach_the_gold_recall() =>
        Assert.True(Recall("death_verbs", d => d.EventTerms.Select(t => (t.Start, t.End))) >= 0.85);

    [Fact]
    public void Hedges_reach_the_gold_recall() =>
        Assert.True(Recall("hedges", d => d.Hedges.Select(h => (h.Start, h.End))) >= 0.85);
}
