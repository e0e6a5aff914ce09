using Parallax.Framing;
using Parallax.Text;

namespace Parallax.Frames;

/// <summary>One frame category of one actor label in an outlet's own words, with its sentence.</summary>
public sealed record CategoryUse(string Side, string Category, string Outlet, string Label, string Article, int Start, string Sentence);

/// <summary>A key (or avoided, G² &lt; 0) word of a group, with a sentence using it.</summary>
public sealed record KeyTermRow(string Group, string Feature, double G2, double P, int NTarget, int NReference, string Example);

/// <summary>One certainty marker with its article's size and its sentence.</summary>
public sealed record HedgeUse(string Article, string Label, string Kind, string Text, int Words, string Sentence);

/// <summary>One word describing the death, with its lemma, connotation and sentence.</summary>
public sealed record DeathTermUse(string Article, string Label, string Lemma, string Connotation, string Text, string Sentence);

/// <summary>Framing layers one use per row, each with the sentence behind it, for charts with hover text.</summary>
public static class FramingDetailFrames
{
    /// <summary>Every category of every label in the outlets' own words (labels in quotations left out); "none" for a label without one.</summary>
    public static IReadOnlyList<CategoryUse> Categories(IEnumerable<Document> docs) =>
        docs.SelectMany(d => d.Labels.Where(l => !l.InQuotation).SelectMany(l => (l.Categories.Count == 0 ? ["none"] : l.Categories)
            .Select(c => new CategoryUse(l.Actor, c, ArticleLabel.Outlet(d.Article), l.Text, d.Id, l.Start, SentenceText.At(d.Article, l.Start))))).ToList();

    /// <summary>
    /// The <paramref name="top"/> most key and <paramref name="top"/> most avoided words of each group (signed G²), each
    /// with a sentence: from the group for key words, from the other articles for avoided ones. With
    /// <paramref name="everyGroup"/>, a word picked for one group is also given for every other group that has it.
    /// Words in <paramref name="skip"/> (e.g. <see cref="FunctionWords"/>) are not picked.
    /// </summary>
    public static IReadOnlyList<KeyTermRow> KeyTerms(IReadOnlyList<Document> docs, string field, int top = 8, KeynessOptions? options = null,
        bool everyGroup = false, IReadOnlySet<string>? skip = null)
    {
        var rows = Keyness.ByGroup(docs, field, null, options).Where(r => skip?.Contains(r.Feature) != true).ToList();
        var picked = rows.GroupBy(r => r.Group).SelectMany(g => g.Where(r => r.G2 > 0).OrderByDescending(r => r.G2).Take(top)
            .Concat(g.Where(r => r.G2 < 0).OrderBy(r => r.G2).Take(top))).ToList();
        if (everyGroup)
        {
            var features = picked.Select(r => r.Feature).ToHashSet(StringComparer.Ordinal);
            picked = rows.Where(r => features.Contains(r.Feature)).ToList();
        }
        return picked.Select(r => new KeyTermRow(r.Group, r.Feature, Math.Round(r.G2, 3), r.P, r.NTarget, r.NReference,
            ExampleOf(docs.Where(d => (Keyness.GroupOf(d.Article, field) == r.Group) == (r.G2 > 0)), r.Feature))).ToList();
    }

    /// <summary>The function words of every language the kit knows (<c>function-words.yaml</c>), folded as keyness counts words.</summary>
    public static IReadOnlySet<string> FunctionWords(KitData data) =>
        Reuse.LanguageGuess.Words(data).Values.SelectMany(w => w).Select(WordForm.Fold).ToHashSet(StringComparer.Ordinal);

    /// <summary>Every certainty marker.</summary>
    public static IReadOnlyList<HedgeUse> Hedges(IEnumerable<Document> docs) =>
        docs.SelectMany(d => d.Hedges.Select(h => new HedgeUse(d.Id, ArticleLabel.Of(d.Article), h.Kind, h.Text, d.Article.WordCount, SentenceText.At(d.Article, h.Start)))).ToList();

    /// <summary>Every word describing the death.</summary>
    public static IReadOnlyList<DeathTermUse> DeathTerms(IEnumerable<Document> docs) =>
        docs.SelectMany(d => d.EventTerms.Select(t => new DeathTermUse(d.Id, ArticleLabel.Of(d.Article), t.Lemma, t.Connotation, t.Text, SentenceText.At(d.Article, t.Start)))).ToList();

    // The first sentence of these documents containing the word (folded as keyness counts it).
    private static string ExampleOf(IEnumerable<Document> docs, string feature)
    {
        foreach (var d in docs)
            foreach (var p in TaggedParagraphs.Of(d.Article))
                foreach (var t in Tokenizer.Tokenize(d.Text, p.Start, p.End))
                    if (t.IsWord && WordForm.Fold(t.Text) == feature) return SentenceText.At(d.Article, t.Start);
        return "";
    }
}
