using Parallax.Framing;
using Parallax.Names;

namespace Parallax.Reuse;

/// <summary>A language-independent landmark in a text: a number, a known name (exonyms folded), or a proper name.</summary>
public readonly record struct Anchor(string Key, int Start, int End);

/// <summary>Reads the landmarks of a document in text order, the same in any language.</summary>
public interface IAnchorReader
{
    IReadOnlyList<Anchor> Read(Document doc);
}

/// <summary>
/// Anchors from light cues: numbers, exonyms and countries (one key per place whatever the language), acronyms, and
/// capitalised words not at a sentence start; when the names layer is present, its mentions are used for names
/// (their entity id, so spellings across languages meet).
/// </summary>
public sealed class AnchorReader(Exonyms exonyms, ActorLexicon lexicon) : IAnchorReader
{
    public static AnchorReader For(KitData data) => new(Exonyms.For(data), ActorLexicon.For(data));

    public IReadOnlyList<Anchor> Read(Document doc)
    {
        var anchors = new List<Anchor>();
        var mentions = doc.Mentions.Where(m => m.Kind != MentionKind.Outlet).OrderBy(m => m.Start).ToList();
        foreach (var p in TaggedParagraphs.Of(doc.Article))
        {
            var toks = WordToken.Read(doc.Text, p.Start, p.End);
            int next = 0;
            for (int i = 0; i < toks.Count; i++)
            {
                var t = toks[i];
                if (t.IsNumber)
                {
                    var digits = new string(t.Text.Where(char.IsDigit).ToArray());
                    if (digits.Length > 0) anchors.Add(new Anchor("#" + digits.TrimStart('0'), t.Start, t.End));
                    continue;
                }
                if (!t.IsWord) continue;
                if (exonyms.At(toks, i) is { } x)
                {
                    anchors.Add(new Anchor(x.Key, t.Start, toks[i + x.Length - 1].End));
                    i += x.Length - 1;
                    continue;
                }
                if (mentions.Count > 0)
                {
                    if (Covering(mentions, ref next, t) is { } m && m.End == t.End)
                        anchors.Add(new Anchor("m:" + (m.Entity ?? ActorLexicon.NameKey(t.Text)), m.Start, m.End));
                    continue;
                }
                var text = t.Elided.Length > 0 ? t.Text[t.Elided.Length..] : t.Text;
                bool sentenceStart = i == 0 || toks[i - 1].Text is "." or "!" or "?" or ":" or "“" or "\"" or "«";
                if (t.IsAcronym) anchors.Add(new Anchor("a:" + t.Text, t.Start, t.End));
                else if (NameTokens.IsNameText(text) && !sentenceStart && !lexicon.Stopwords.Contains(WordForm.Fold(text)))
                    anchors.Add(new Anchor("n:" + ActorLexicon.NameKey(text), t.Start, t.End));
            }
        }
        return anchors;
    }

    // The first mention (by start) covering the token. Tokens come in text order, so mentions ending before this
    // token's end are passed for good (one walk over the mentions per paragraph, not one scan per token).
    private static Mention? Covering(List<Mention> mentions, ref int next, WordToken t)
    {
        while (next < mentions.Count && mentions[next].End < t.End && mentions[next].Start <= t.Start) next++;
        for (int k = next; k < mentions.Count && mentions[k].Start <= t.Start; k++)
            if (t.End <= mentions[k].End) return mentions[k];
        return null;
    }
}
