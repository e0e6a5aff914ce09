namespace Parallax.Names.Extraction;

/// <summary>What a classifier may look at around a run: the paragraph's words and style, and the article's lower-case vocabulary.</summary>
/// <param name="Text">The article text.</param>
/// <param name="Words">The paragraph's words.</param>
/// <param name="Style">How the paragraph is capitalised.</param>
/// <param name="SentenceStarts">Indexes of words that begin a sentence.</param>
/// <param name="LowerVocabulary">Folded words the article also writes in lower case (common words, not names).</param>
public sealed record RunContext(string Text, IReadOnlyList<NameWord> Words, ParagraphStyle Style, ISet<int> SentenceStarts, ISet<string> LowerVocabulary);

/// <summary>A name found in a run: word range, kind and title; <see cref="Pending"/> when a lone word waits for the article's full names.</summary>
public sealed record FoundName(int First, int Last, Names.MentionKind Kind, string? Title = null, bool Pending = false);
