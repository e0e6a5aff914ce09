namespace Parallax.Names;

/// <summary>What a mention names.</summary>
public enum MentionKind { Person, Organisation, Place, Outlet }

/// <summary>A name in the text. <see cref="Text"/> equals the article text at [Start, End); the title (rank, office) is kept apart.</summary>
public sealed record Mention(int Start, int End, string Text, MentionKind Kind, string? Title = null, string? Entity = null);
