namespace Parallax.Reuse;

/// <summary>A relation between two articles: translation, reuse, shared quote, republication.</summary>
public sealed record ArticleRelation(string From, string To, string Kind, double Score, IReadOnlyList<AlignedPassage> Passages);

/// <summary>Two spans, one in each article, that carry the same passage.</summary>
public sealed record AlignedPassage(int FromStart, int FromEnd, int ToStart, int ToEnd);
