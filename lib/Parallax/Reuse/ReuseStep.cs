using Parallax.Pipeline;

namespace Parallax.Reuse;

/// <summary>
/// The corpus step that fills <see cref="CorpusTags.Relations"/>: translations across languages and reuse or shared
/// quotes within a language. Relations found by other steps are kept.
/// </summary>
public sealed class ReuseStep(TranslationDetector translations, ReuseDetector reuse, LanguageGuess languages) : ICorpusStep
{
    public string Name => "reuse";

    public static ReuseStep For(KitData data) =>
        new(new TranslationDetector(AnchorReader.For(data)), new ReuseDetector(), LanguageGuess.For(data));

    public CorpusTags Apply(CorpusTags tags)
    {
        var docs = tags.Documents;
        var langs = docs.Select(d => languages.Of(d.Article)).ToList();
        var found = translations.Detect(docs, langs).Concat(reuse.Detect(docs, langs)).ToList();
        return tags with { Relations = [.. tags.Relations, .. found] };
    }
}
