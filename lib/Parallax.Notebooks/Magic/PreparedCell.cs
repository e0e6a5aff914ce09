namespace Parallax.Notebooks.Magic;

/// <summary>
/// A code cell after magic commands are handled: the C# to compile (magic lines blanked so line numbers stay),
/// assemblies to reference, notes for the user, and the first error if a magic command is not allowed.
/// </summary>
public sealed record PreparedCell(string Code, IReadOnlyList<string> References, IReadOnlyList<string> Notes, MagicError? Error);

/// <summary>A rejected magic command: the line in the cell (1-based) and why.</summary>
public sealed record MagicError(int Line, string Message);
