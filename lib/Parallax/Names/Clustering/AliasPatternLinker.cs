namespace Parallax.Names.Clustering;

/// <summary>
/// Links a person to the other name the text gives for them: "X, also known as Y", "X (alias Y)", "X dit Y",
/// "X, nicknamed Y". The cue phrases come from <c>name_cues.yaml</c>.
/// </summary>
public sealed class AliasPatternLinker(NameLexicon lexicon)
{
    /// <summary>Links between mentions (indexes into <paramref name="mentions"/>) of one document.</summary>
    public IEnumerable<MentionLink> Links(string text, IReadOnlyList<Mention> mentions, IReadOnlyList<int> ids)
    {
        for (int i = 0; i + 1 < mentions.Count; i++)
        {
            var a = mentions[i]; var b = mentions[i + 1];
            if (a.Kind != MentionKind.Person || b.Kind != MentionKind.Person || b.Start < a.End || b.Start - a.End > 40) continue;
            var between = text[a.End..b.Start];
            var words = WordSplitter.Split(between, 0, between.Length, lexicon.Articles);
            if (words.Count == 0) continue;
            var m = lexicon.AliasCues.Match(words, 0, anyCase: true);
            if (m is { } cue && cue.Length == words.Count && OnlyPunctuation(between[..words[0].Start]) && OnlyPunctuation(between[words[^1].End..]))
                yield return new MentionLink(ids[i], ids[i + 1], [$"alias \"{between[words[0].Start..words[^1].End]}\""]);
        }
    }

    private static bool OnlyPunctuation(string s) => s.All(c => char.IsWhiteSpace(c) || c is ',' or '(' or '"' or '“' or '«' or '\'' or '‘' or '—' or '–' or '-');
}
