namespace Parallax.Names.Extraction;

/// <summary>
/// Finds the title or rank of a name: the longest title at the start of a run ("Brigadier General Jane Doe",
/// "Supreme Leader ...") or in the lower-case words just before it ("senior commander Jane Doe", "général Jane Doe").
/// </summary>
public sealed class TitleFinder(NameLexicon lexicon)
{
    /// <summary>Number of run words that form a title at its start (0 when none).</summary>
    public int AtStart(IReadOnlyList<NameWord> words, CandidateRun run)
    {
        int best = 0;
        // titles may chain: "Foreign Minister" after "Deputy", "General" after "Brigadier"; take the longest prefix of titles
        int i = run.First;
        while (i <= run.Last)
        {
            var m = lexicon.Titles.Match(words, i, anyCase: true);
            if (m is null || i + m.Value.Length - 1 > run.Last) break;
            i += m.Value.Length;
            best = i - run.First;
        }
        return best;
    }

    /// <summary>The title written just before the run, as (first word index, word count), or null.</summary>
    public (int First, int Count)? Before(IReadOnlyList<NameWord> words, CandidateRun run)
    {
        if (run.First == 0 || !words[run.First].Adjacent) return null;
        for (int j = Math.Max(0, run.First - 5); j < run.First; j++)
        {
            var m = lexicon.Titles.Match(words, j, anyCase: true);
            if (m is { } t && j + t.Length == run.First && AllAdjacent(words, j + 1, run.First)) return (j, t.Length);
        }
        return null;
    }

    private static bool AllAdjacent(IReadOnlyList<NameWord> words, int from, int to)
    {
        for (int k = from; k <= to; k++) if (!words[k].Adjacent) return false;
        return true;
    }
}
