namespace Parallax.Names.Clustering;

/// <summary>
/// One spelling as the corpus uses it, clustered once however many articles use it: its first use (corpus order) and
/// each article's uses. A lone surname that its articles tie to one full name is a node of its own per full name.
/// </summary>
public sealed class SpellingNode(MentionRef first)
{
    /// <summary>The first use, in corpus order.</summary>
    public MentionRef First { get; } = first;

    /// <summary>Document index, article id and number of uses of every article using this node, in corpus order.</summary>
    public List<(int Doc, string Article, int Uses)> Uses { get; } = [];
}
