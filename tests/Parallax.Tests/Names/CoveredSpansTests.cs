using Parallax.Names.Clustering;

namespace Parallax.Tests.Names;

public sealed class CoveredSpansTests
{
    [Fact]
    public void Overlaps_agrees_with_checking_every_span()
    {
        var random = new Random(3);
        for (int round = 0; round < 50; round++)
        {
            var spans = Enumerable.Range(0, random.Next(0, 30)).Select(_ => { int s = random.Next(200); return (s, s + random.Next(1, 25)); }).ToList();
            var covered = new CoveredSpans(spans);
            for (int q = 0; q < 100; q++)
            {
                int start = random.Next(220), end = start + random.Next(1, 15);
                Assert.Equal(spans.Any(c => c.Item1 < end && start < c.Item2), covered.Overlaps(start, end));
            }
        }
        Assert.False(new CoveredSpans([]).Overlaps(0, 10));
        Assert.True(new CoveredSpans([(0, 100), (5, 6)]).Overlaps(50, 51)); // inside a long span that started first
        Assert.False(new CoveredSpans([(0, 10)]).Overlaps(10, 12)); // touching is not overlapping
    }
}
