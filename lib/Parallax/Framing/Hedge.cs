namespace Parallax.Framing;

/// <summary>A certainty marker ("reportedly", "it is likely", "aurait").</summary>
public sealed record Hedge(int Start, int End, string Text, string Kind);
