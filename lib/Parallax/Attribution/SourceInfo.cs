namespace Parallax.Attribution;

/// <summary>What a source phrase is, for typing and resolving it.</summary>
public enum SourceForm { Name, Description, Pronoun, Other }

/// <summary>Pronoun classes a resolver matches on.</summary>
public enum PronounClass { None, Person, Thing, Plural }

/// <summary>
/// A source phrase analysed: its type, head word (folded), form (name, definite description, pronoun), pronoun class,
/// whether it denotes a person and whether it is plural.
/// </summary>
public sealed record SourceInfo(string Type, string Head, SourceForm Form, PronounClass Pronoun, bool IsPerson, bool IsPlural, string? Outlet = null)
{
    /// <summary>Grammatical gender ('m', 'f') where the language marks it on the phrase ("le ministère", "elle"), else null.</summary>
    public char? Gender { get; init; }
}
