namespace Parallax.Frames;

/// <summary>Short labels for articles and outlets on chart axes.</summary>
public static class ArticleLabel
{
    /// <summary>The article's outlet, or "(unknown outlet)".</summary>
    public static string Outlet(Article article) => string.IsNullOrWhiteSpace(article.Metadata.Outlet) ? "(unknown outlet)" : article.Metadata.Outlet!;

    /// <summary>"Outlet · id", a long id shortened to its first and last six characters: readable on an axis.</summary>
    public static string Of(Article article)
    {
        var id = article.Id.Length > 14 ? article.Id[..6] + "…" + article.Id[^6..] : article.Id;
        return $"{Outlet(article)} · {id}";
    }
}
