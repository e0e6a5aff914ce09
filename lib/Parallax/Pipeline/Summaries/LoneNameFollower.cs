using Parallax.Names;
using Parallax.Names.Clustering;
using Parallax.Names.Keys;
using Parallax.Text;

namespace Parallax.Pipeline.Summaries;

/// <summary>
/// For each spelling of a summarised article, the full person name a lone one belongs to (as <see cref="PersonLinker"/>
/// ties a lone surname in a text: the nearest matching full name before it, else the first after it). Worked out once
/// per article when it is summarised and kept in <see cref="ArticleSummary.Follows"/>, so reruns do not repeat it.
/// </summary>
public sealed class LoneNameFollower
{
    private readonly LookupMemo<string, PersonName> _names;
    private readonly LookupMemo<(string Lone, string Full), IReadOnlyList<string>?> _matches;

    public LoneNameFollower(NameMatcher matcher)
    {
        _names = new(matcher.Parse, comparer: StringComparer.Ordinal);
        _matches = new(k => matcher.NamesMatch(_names[k.Lone], _names[k.Full]), capacity: 400_000);
    }

    public static LoneNameFollower For(KitData data) => new(NameMatcher.For(data));

    /// <summary>Index of the full spelling each spelling follows, -1 for none (not a lone person name, or no match).</summary>
    public int[] Follows(IReadOnlyList<SpellingCount> spellings)
    {
        var result = new int[spellings.Count];
        Array.Fill(result, -1);
        var full = new List<int>();
        for (int k = 0; k < spellings.Count; k++)
            if (spellings[k].Kind == MentionKind.Person && _names[spellings[k].Text].IsFull) full.Add(k);
        if (full.Count == 0) return result;
        full.Sort((x, y) => spellings[x].First.CompareTo(spellings[y].First));
        for (int k = 0; k < spellings.Count; k++)
        {
            var s = spellings[k];
            if (s.Kind != MentionKind.Person || _names[s.Text].IsFull) continue;
            result[k] = PersonLinker.NearestFull(s.First, full, f => spellings[f].First, f => Match(s.Text, spellings[f].Text) is not null);
        }
        return result;
    }

    /// <summary>The rules that tie a lone name to a full one, or null.</summary>
    public IReadOnlyList<string>? Match(string lone, string full) => _matches[(lone, full)];
}
