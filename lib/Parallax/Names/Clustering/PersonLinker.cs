using Parallax.Names.Keys;

namespace Parallax.Names.Clustering;

/// <summary>
/// Joins person mentions: full names that agree word by word across the corpus (never two full names that disagree);
/// aliases the text gives; a lone surname to the full name it follows in its article (or the first one after it);
/// remaining lone names to each other and to the corpus's only full name with that surname.
/// </summary>
public sealed class PersonLinker(NameMatcher matcher, AliasPatternLinker aliases)
{
    public void Link(ClusterBuilder clusters, IReadOnlyList<MentionRef> all, IReadOnlyList<Document> docs) =>
        Link(clusters, all, d => docs[d].Text);

    /// <summary>
    /// As above with each document's text by index; a null text (summaries only) skips the aliases the text gives.
    /// <paramref name="localLinks"/>, when given, replaces the scan of each article for lone surnames (step 2): the links
    /// were made beforehand (lone mention B to the full name A of its article; see <see cref="NearestFull"/>).
    /// </summary>
    public void Link(ClusterBuilder clusters, IReadOnlyList<MentionRef> all, Func<int, string?> textOf, IReadOnlyList<MentionLink>? localLinks = null)
    {
        var persons = Enumerable.Range(0, all.Count).Where(i => all[i].Kind == MentionKind.Person).ToList();
        // each distinct text gets a number (and is parsed once), so a pair of texts is a pair of numbers to look up
        var textIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<PersonName>();
        var textId = new int[all.Count];
        var isFull = new bool[all.Count];
        foreach (var i in persons)
        {
            if (!textIds.TryGetValue(all[i].Text, out int t))
            {
                textIds[all[i].Text] = t = names.Count;
                names.Add(matcher.Parse(all[i].Text));
            }
            textId[i] = t;
            isFull[i] = names[t].IsFull;
        }
        PersonName Name(int i) => names[textId[i]];
        var matchCache = new Dictionary<(int, int), IReadOnlyList<string>?>();
        IReadOnlyList<string>? Match(int a, int b)
        {
            // a tuple hashes both numbers well (a long's hash would fold a and b together: a ^ b collides for many pairs)
            var key = (textId[a], textId[b]);
            if (!matchCache.TryGetValue(key, out var r)) matchCache[key] = r = matcher.NamesMatch(Name(a), Name(b));
            return r;
        }
        // full names of two entities must all agree (the lists hold one mention per distinct spelling)
        bool Compatible(IReadOnlyList<int> ma, IReadOnlyList<int> mb)
        {
            foreach (var x in ma)
                if (isFull[x])
                    foreach (var y in mb)
                        if (isFull[y] && Match(x, y) is null) return false;
            return true;
        }

        // 1. full names across the corpus, blocked by the skeleton of the surname
        var full = persons.Where(i => isFull[i]).ToList();
        foreach (var block in full.GroupBy(i => Name(i).Tokens[^1].Key.Skeleton))
        {
            var distinct = block.GroupBy(i => all[i].Text).ToList();
            foreach (var g in distinct)
                foreach (var i in g.Skip(1)) clusters.Join(g.First(), i, []);
            // only pairs whose first words share a blocking key can match; they are joined in the order of all pairs
            foreach (var (x, y) in CandidatePairs(distinct.Select(g => Name(g.First())).ToList()))
            {
                int a = distinct[x].First(), b = distinct[y].First();
                if (Match(a, b) is { } rules) clusters.Join(a, b, rules, Compatible);
            }
        }

        // 2. within each article: aliases, then lone surnames to the nearest full name before (or else after) them
        var attached = new HashSet<int>();
        if (localLinks is not null)
        {
            foreach (var link in localLinks)
                if (clusters.Join(link.A, link.B, link.Rules)) attached.Add(link.B);
        }
        else
        {
            var mentionsOf = Enumerable.Range(0, all.Count).ToLookup(i => all[i].Doc);
            foreach (var doc in persons.GroupBy(i => all[i].Doc))
            {
                var ids = mentionsOf[doc.Key].OrderBy(i => all[i].Mention.Start).ToList();
                if (textOf(doc.Key) is { } text)
                    foreach (var link in aliases.Links(text, ids.Select(i => all[i].Mention).ToList(), ids))
                        if (clusters.Join(link.A, link.B, link.Rules)) { attached.Add(link.A); attached.Add(link.B); }
                var fullHere = doc.Where(i => Name(i).IsFull).OrderBy(i => all[i].Mention.Start).ToList();
                foreach (var i in doc.Where(i => !Name(i).IsFull))
                {
                    int target = NearestFull(all[i].Mention.Start, fullHere, f => all[f].Mention.Start, f => Match(i, f) is not null);
                    if (target >= 0 && clusters.Join(target, i, Match(i, target)!)) attached.Add(i);
                }
            }
        }

        // 3. lone names left: to each other, then to the corpus's only full name with that surname
        // (compared once per distinct spelling: a match depends on the texts only)
        var lone = persons.Where(i => !isFull[i] && !attached.Contains(i) && clusters.Spellings(i).All(m => !isFull[m])).ToList();
        var loneTexts = lone.GroupBy(i => all[i].Text).Select(g => g.ToList()).ToList();
        foreach (var g in loneTexts)
            if (Match(g[0], g[0]) is { } same)
                foreach (var i in g.Skip(1))
                    if (clusters.Find(g[0]) != clusters.Find(i)) clusters.Join(g[0], i, same);
        // pairs within a block of the last word's skeleton, as for full names (not every pair of the corpus)
        foreach (var block in loneTexts.GroupBy(g => Name(g[0]).Tokens is { Count: > 0 } t ? t[^1].Key.Skeleton : "").Select(b => b.ToList()))
            for (int x = 0; x < block.Count; x++)
                for (int y = x + 1; y < block.Count; y++)
                    if (clusters.Find(block[x][0]) != clusters.Find(block[y][0]) && Match(block[x][0], block[y][0]) is { } r)
                        clusters.Join(block[x][0], block[y][0], r);
        // full spellings blocked by their surname's skeleton: a lone word only meets a surname with the same one
        var fullTexts = full.GroupBy(i => all[i].Text).Select(g => g.ToList())
            .ToLookup(g => Name(g[0]).Tokens[^1].Key.Skeleton, StringComparer.Ordinal);
        foreach (var root in lone.GroupBy(clusters.Find).Select(g => g.First()))
        {
            if (clusters.Spellings(root).Any(m => isFull[m])) continue;
            var candidates = Name(root).Tokens is { Count: > 0 } t ? fullTexts[t[0].Key.Skeleton].Where(g => Match(root, g[0]) is not null).ToList() : [];
            var targets = candidates.SelectMany(g => g.Select(clusters.Find)).Distinct().ToList();
            if (targets.Count == 1)
            {
                var f = candidates.SelectMany(g => g).Where(f => clusters.Find(f) == targets[0]).Min();
                clusters.Join(f, root, [.. Match(root, f)!, "only full name in the corpus with this surname"]);
            }
        }
    }

    // Pairs (x < y, in order) of full names whose first words share a blocking key (NameMatcher.FirstWordKeys).
    private List<(int, int)> CandidatePairs(IReadOnlyList<PersonName> names)
    {
        var byKey = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int x = 0; x < names.Count; x++)
            foreach (var key in matcher.FirstWordKeys(names[x]))
            {
                if (!byKey.TryGetValue(key, out var list)) byKey[key] = list = [];
                list.Add(x);
            }
        var pairs = new HashSet<(int, int)>();
        foreach (var list in byKey.Values)
            for (int i = 0; i < list.Count; i++)
                for (int j = i + 1; j < list.Count; j++) pairs.Add((list[i], list[j]));
        return [.. pairs.Order()];
    }

    /// <summary>
    /// The full name a lone surname used at <paramref name="start"/> belongs to: of the article's full names (in text
    /// order) that match it, the nearest one before it, or else the first one after it; -1 when none matches.
    /// </summary>
    public static int NearestFull(int start, IReadOnlyList<int> fullInOrder, Func<int, int> startOf, Func<int, bool> matches)
    {
        int after = -1;
        for (int k = fullInOrder.Count - 1; k >= 0; k--)
        {
            int f = fullInOrder[k];
            if (!matches(f)) continue;
            if (startOf(f) < start) return f;
            after = f;
        }
        return after;
    }
}
