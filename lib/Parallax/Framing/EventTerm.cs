namespace Parallax.Framing;

/// <summary>A word describing the central event (killed, assassinated, martyred, tué...), with its lemma and connotation.</summary>
public sealed record EventTerm(int Start, int End, string Text, string Lemma, string Connotation);
