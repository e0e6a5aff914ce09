namespace Parallax.Names.Extraction;

/// <summary>A run of capitalised words (with the lower-case particles and connectors inside it) that may be a name.</summary>
/// <param name="First">Index of the first word in the paragraph's word list.</param>
/// <param name="Count">Number of words.</param>
public readonly record struct CandidateRun(int First, int Count)
{
    public int Last => First + Count - 1;
}
