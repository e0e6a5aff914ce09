namespace Parallax;

/// <summary>A folder of articles, loaded and normalised, with what went wrong while loading.</summary>
public sealed record Corpus(string Root, IReadOnlyList<Article> Articles, IReadOnlyList<CorpusWarning> Warnings, IReadOnlyList<string> Ignored)
{
    /// <summary>Loads every article under <paramref name="folder"/>. Never writes into it.</summary>
    /// <exception cref="CorpusException">The folder is missing, or a manifest or front matter is malformed, or ids collide.</exception>
    public static Corpus Load(string folder, CorpusOptions? options = null) => CorpusLoader.Load(folder, options ?? CorpusOptions.Default);

    /// <summary>
    /// Streams the articles under <paramref name="folder"/> one file at a time (bounded memory for large corpora);
    /// loading warnings are added to <paramref name="warnings"/> as they come. Never writes into the folder.
    /// </summary>
    public static IEnumerable<Article> Enumerate(string folder, CorpusOptions? options = null, List<CorpusWarning>? warnings = null) =>
        CorpusLoader.Stream(folder, options ?? CorpusOptions.Default, warnings ?? []).SelectMany(f => f.Articles ?? []);

    /// <summary>The article with this id.</summary>
    public Article this[string id] => Articles.FirstOrDefault(a => a.Id == id) ?? throw new KeyNotFoundException($"no article '{id}' in {Root}");
}
