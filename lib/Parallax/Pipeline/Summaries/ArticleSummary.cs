using Parallax.Names;

namespace Parallax.Pipeline.Summaries;

/// <summary>A key and how often an article has it.</summary>
public readonly record struct KeyCount(string Key, int Count);

/// <summary>One spelling of a name in an article: kind, uses, and where it is first used (an offset into the article text).</summary>
public readonly record struct SpellingCount(string Text, MentionKind Kind, int Count, int First);

/// <summary>Actor labels of one side and category in an article (labels inside quotations left out).</summary>
public readonly record struct SideCount(string Side, string Category, int Count);

/// <summary>
/// What the corpus steps and the summary frames need of one tagged article, without its text: metadata, word count,
/// name spellings with counts, source types, label sides, hedge kinds, event terms, a bottom-k sketch of its word
/// shingles (for reuse) and its anchor sequence hashed (for translation; see <see cref="ArticleSummarizer.SpellingAnchor"/>).
/// </summary>
public sealed record ArticleSummary(
    string Id, string File, string? Language, IReadOnlyList<string?> Fields, int Words,
    IReadOnlyList<SpellingCount> Spellings, IReadOnlyList<KeyCount> SourceTypes, IReadOnlyList<SideCount> Sides,
    IReadOnlyList<KeyCount> LabelKeys, IReadOnlyList<KeyCount> Hedges, IReadOnlyList<KeyCount> EventTerms,
    int Shingles, ulong[] Sketch, uint[] Anchors)
{
    /// <summary>A metadata field by its manifest name (<see cref="ArticleMetadata.FieldNames"/>).</summary>
    public string? Get(string field)
    {
        int i = FieldIndex.GetValueOrDefault(field, -1);
        return i >= 0 && i < Fields.Count ? Fields[i] : null;
    }

    public string? Outlet => Get("outlet");

    /// <summary>
    /// For each spelling, the index of the full person spelling a lone one belongs to in this article, -1 for none
    /// (<see cref="LoneNameFollower"/>); null when not worked out.
    /// </summary>
    public int[]? Follows { get; init; }

    private static readonly Dictionary<string, int> FieldIndex =
        ArticleMetadata.FieldNames.Select((f, i) => (f, i)).ToDictionary(x => x.f, x => x.i, StringComparer.Ordinal);

    /// <summary>Number of hedges.</summary>
    public int HedgeCount => Hedges.Sum(h => h.Count);
}
