namespace Parallax.Kernel.Language;

/// <summary>One completion: the text to insert and its kind (method, property, class, namespace, keyword, …).</summary>
public sealed record CompletionItem(string Text, string Kind);

/// <summary>Completions for the word ending at the cursor, replacing the text between <see cref="Start"/> and <see cref="End"/> (string indexes).</summary>
public sealed record CompletionList(IReadOnlyList<CompletionItem> Items, int Start, int End);
