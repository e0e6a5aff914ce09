using Parallax.Names;
using Parallax.Reuse;

namespace Parallax.Pipeline;

/// <summary>Everything the pipeline found in a corpus: tagged documents, entities across articles, relations between articles.</summary>
public sealed record CorpusTags(string Corpus, IReadOnlyList<Document> Documents, IReadOnlyList<CorpusWarning> Warnings)
{
    public IReadOnlyList<Entity> Entities { get; init; } = [];
    public IReadOnlyList<ArticleRelation> Relations { get; init; } = [];

    /// <summary>The document with this article id.</summary>
    public Document this[string id] => Documents.FirstOrDefault(d => d.Id == id) ?? throw new KeyNotFoundException($"no article '{id}'");
}
