using Parallax.Names.Keys;

namespace Parallax.Names.Clustering;

/// <summary>
/// Joins organisation, place and outlet mentions that name one thing: the same entry of organisations.yaml, the
/// gazetteer or the outlet registry (acronyms, translations, exonyms), or the same transliteration key word by word;
/// and an organisation to the acronym the text gives in parentheses after it.
/// </summary>
public sealed class KeyLinker(NameLexicon lexicon, TransliterationKey keys, AcronymExpansionLinker acronyms)
{
    public void Link(ClusterBuilder clusters, IReadOnlyList<MentionRef> all, IReadOnlyList<Document> docs) =>
        Link(clusters, all, docs.Count, d => docs[d].Text);

    /// <summary>As above with each document's text by index; a null text (summaries only) skips the acronyms the text gives.</summary>
    public void Link(ClusterBuilder clusters, IReadOnlyList<MentionRef> all, int documents, Func<int, string?> textOf)
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var source = new Dictionary<string, string>(StringComparer.Ordinal);
        for (int i = 0; i < all.Count; i++)
        {
            if (all[i].Kind == MentionKind.Person) continue;
            var (key, from) = Key(all[i]);
            if (!groups.TryGetValue(key, out var l)) groups[key] = l = [];
            l.Add(i);
            source[key] = from;
        }
        foreach (var (key, members) in groups)
        {
            var first = members[0];
            foreach (var m in members.Skip(1))
                clusters.Join(first, m, Reason(all[first].Text, all[m].Text, source[key]));
        }
        // mention indexes per document, grouped once (not one scan of the corpus per document)
        var byDoc = Enumerable.Range(0, all.Count).Where(i => all[i].Kind != MentionKind.Person).ToLookup(i => all[i].Doc);
        foreach (var doc in Enumerable.Range(0, documents))
        {
            if (textOf(doc) is not { } text) continue;
            var ids = byDoc[doc].OrderBy(i => all[i].Mention.Start).ToList();
            foreach (var link in acronyms.Links(text, ids.Select(i => all[i].Mention).ToList(), ids))
                clusters.Join(link.A, link.B, link.Rules);
        }
    }

    /// <summary>The grouping key of a mention and the data that gave it.</summary>
    public (string Key, string Source) Key(MentionRef m)
    {
        var prefix = m.Kind.ToString().ToLowerInvariant() + ":";
        switch (m.Kind)
        {
            case MentionKind.Organisation when lexicon.FindOrganisation(m.Text) is { } o:
                return (prefix + "known:" + o.Name, "organisations.yaml");
            case MentionKind.Place when lexicon.FindPlace(m.Text) is { } p:
                return (prefix + "known:" + p.Name, "gazetteer");
            case MentionKind.Outlet when lexicon.Outlets.Find(m.Text) is { } outlet:
                return (prefix + "known:" + outlet.Name, "outlet registry");
        }
        var words = WordSplitter.Split(m.Text, 0, m.Text.Length, lexicon.Articles)
            .Select(w => w.Text).Where(w => !lexicon.IsArticle(w) && TextFold.Fold(w) is not ("the" or "le" or "la" or "les"))
            .Select(w => { int h = w.IndexOfAny(['-', '‐']); return h > 0 && lexicon.IsArticle(w[..h]) ? w[(h + 1)..] : w; })
            .Select(w => keys.Of(w).Key);
        return (prefix + string.Join(' ', words), "spelling key");
    }

    private static IReadOnlyList<string> Reason(string a, string b, string source)
    {
        if (a == b) return [];
        bool acrA = TextFold.IsAllCaps(a) && !a.Contains(' '), acrB = TextFold.IsAllCaps(b) && !b.Contains(' ');
        if (source == "organisations.yaml")
            return [acrA && acrB ? $"acronym {a}↔{b} (organisations.yaml)" : acrA || acrB ? $"acronym {(acrA ? a : b)} = {(acrA ? b : a)} (organisations.yaml)" : $"other name {a}↔{b} (organisations.yaml)"];
        if (source == "gazetteer") return [$"exonym {a}↔{b} (gazetteer)"];
        if (source == "outlet registry") return [$"alias {a}↔{b} (outlet registry)"];
        return [TextFold.Fold(a) == TextFold.Fold(b) ? "case and diacritics" : "transliteration key"];
    }
}
