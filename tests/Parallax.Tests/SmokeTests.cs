using Parallax.Tests.Support;

namespace Parallax.Tests;

public class SmokeTests
{
    [Fact]
    public void Seeds_load_as_five_articles()
    {
        var corpus = Corpus.Load(Repo.Seeds);
        Assert.Equal(5, corpus.Articles.Count);
        Assert.Equal(Gold.Articles.Select(Gold.Id).Order(), corpus.Articles.Select(a => a.Id).Order());
    }
}
