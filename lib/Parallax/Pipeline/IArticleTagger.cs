namespace Parallax.Pipeline;

/// <summary>A pipeline component that adds one kind of annotation to one article.</summary>
public interface IArticleTagger
{
    /// <summary>Short name shown in progress and errors.</summary>
    string Name { get; }

    /// <summary>Returns the document with this component's layer filled.</summary>
    Document Tag(Document document);
}
