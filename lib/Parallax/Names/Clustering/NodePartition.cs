namespace Parallax.Names.Clustering;

/// <summary>
/// What the clustering rules made of a list of spelling nodes: the group of each node (groups numbered in order of
/// their first node) and the reasons of the merges, in the order they were made.
/// </summary>
public sealed record NodePartition(int[] Group, IReadOnlyList<MergeReason> Reasons);
