namespace Parallax.Names;

/// <summary>One spelling of an entity and how often each article uses it.</summary>
public sealed record Variant(string Text, IReadOnlyDictionary<string, int> CountsByArticle)
{
    /// <summary>Uses over all articles.</summary>
    public int Total => CountsByArticle is ArticleCounts counts ? counts.Total : CountsByArticle.Values.Sum();
}

/// <summary>Why two spellings were judged to name the same entity.</summary>
public sealed record MergeReason(string A, string B, IReadOnlyList<string> Rules);

/// <summary>A person, organisation, place or outlet across the corpus, with every spelling used for it.</summary>
public sealed record Entity(string Id, MentionKind Kind, string Canonical, IReadOnlyList<Variant> Variants, IReadOnlyList<MergeReason> Merges);
