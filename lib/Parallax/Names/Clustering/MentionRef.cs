namespace Parallax.Names.Clustering;

/// <summary>A mention and where it is: document index (corpus order) and article id.</summary>
public sealed record MentionRef(int Doc, string Article, Mention Mention)
{
    public string Text => Mention.Text;
    public MentionKind Kind => Mention.Kind;
}

/// <summary>A link between two mentions with the rules that made them one.</summary>
public sealed record MentionLink(int A, int B, IReadOnlyList<string> Rules);
