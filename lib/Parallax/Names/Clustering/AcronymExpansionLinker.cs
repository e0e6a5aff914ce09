namespace Parallax.Names.Clustering;

/// <summary>
/// Links an organisation to the acronym written after it in parentheses: "Local Defence Forces (LDF)",
/// "Corps des gardiens de la révolution islamique (CGRI)". The acronym's letters must be initials of the name's words,
/// in order (a possessive or a translation may sit between), unless organisations.yaml already knows both.
/// </summary>
public sealed class AcronymExpansionLinker(NameLexicon lexicon)
{
    public IEnumerable<MentionLink> Links(string text, IReadOnlyList<Mention> mentions, IReadOnlyList<int> ids)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var a = mentions[i]; var b = mentions[i + 1];
            if (a.Kind is not (MentionKind.Organisation or MentionKind.Outlet) || b.Kind != a.Kind && b.Kind != MentionKind.Organisation) continue;
            if (b.Start < a.End || b.Start - a.End > 5) continue;
            var between = text[a.End..b.Start];
            if (!between.Replace("’", "").Replace("'", "").Replace("s", "").Trim().Equals("(", StringComparison.Ordinal)) continue;
            if (b.End >= text.Length || text[b.End] != ')') continue;
            if (!TextFold.IsAllCaps(b.Text)) continue;
            if (Initials(a.Text, b.Text) || SameKnown(a.Text, b.Text))
                yield return new MentionLink(ids[i], ids[i + 1], [$"acronym {b.Text} = {a.Text} (in text)"]);
        }
    }

    private bool SameKnown(string name, string acronym) =>
        lexicon.KnownOrganisations.Find(name) is { } o && lexicon.KnownOrganisations.Find(acronym) is { } p && ReferenceEquals(o, p);

    /// <summary>True when the acronym's letters are, in order, initials of the name's words (small words may be skipped).</summary>
    public static bool Initials(string name, string acronym)
    {
        var initials = name.Split([' ', '-', '‐', '\n'], StringSplitOptions.RemoveEmptyEntries).Select(TextFold.Fold)
            .Where(w => w.Length > 0).Select(w => char.ToUpperInvariant(w[0])).ToList();
        var letters = TextFold.Fold(acronym).ToUpperInvariant().Where(char.IsLetter).ToList();
        int j = 0;
        foreach (var c in initials)
            if (j < letters.Count && c == letters[j]) j++;
        return j == letters.Count && letters.Count >= 2;
    }
}
