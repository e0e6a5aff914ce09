using System.Text.RegularExpressions;

namespace Parallax.Notebooks.Magic;

/// <summary>
/// Handles Polyglot Notebooks magic commands in a C# cell: <c>#!csharp</c>; <c>#r "nuget: Name, Version"</c> for the kit's
/// shipped packages; <c>#r "path.dll"</c> resolved from the notebook's folder (the kit's own assemblies map to the copy
/// already loaded); <c>#i</c> ignored with a note. Any other magic is an error. C# directives (#if, #nullable, …) pass through.
/// </summary>
public sealed partial class MagicPreprocessor(string notebookFolder, Func<string, bool> isLoadedAssembly)
{
    [GeneratedRegex("""^#r\s+"(?<arg>[^"]*)"\s*(//.*)?$""")]
    private static partial Regex ReferenceLine();

    [GeneratedRegex("""^#i\s+"(?<arg>[^"]*)"\s*(//.*)?$""")]
    private static partial Regex SourceLine();

    private static readonly HashSet<string> CSharpDirectives =
        ["#if", "#elif", "#else", "#endif", "#region", "#endregion", "#nullable", "#pragma", "#define", "#undef", "#line", "#error", "#warning"];

    private static readonly HashSet<string> CSharpKernels = new(StringComparer.OrdinalIgnoreCase) { "csharp", "c#", "cs" };

    public PreparedCell Prepare(string source)
    {
        var lines = source.Replace("\r\n", "\n").Split('\n');
        var refs = new List<string>();
        var notes = new List<string>();
        for (int i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (!line.StartsWith('#') || CSharpDirectives.Contains(line.Split([' ', '\t'], 2)[0])) continue;
            var error = Handle(line, refs, notes);
            if (error is not null) return new PreparedCell(source, refs, notes, new MagicError(i + 1, error));
            lines[i] = "";
        }
        return new PreparedCell(string.Join('\n', lines), refs, notes, null);
    }

    // Returns an error message, or null when the line was handled.
    private string? Handle(string line, List<string> refs, List<string> notes)
    {
        if (line.StartsWith("#!", StringComparison.Ordinal))
        {
            var name = line[2..].Split([' ', '\t'], 2)[0];
            return CSharpKernels.Contains(name) ? null
                : $"magic command '#!{name}' is not supported by the Parallax runner (only #!csharp, #r and #i)";
        }
        if (ReferenceLine().Match(line) is { Success: true } r) return Reference(r.Groups["arg"].Value.Trim(), refs, notes);
        if (SourceLine().Match(line) is { Success: true } s) { notes.Add($"#i \"{s.Groups["arg"].Value}\" ignored: the runner uses the kit's own packages"); return null; }
        if (line.StartsWith("#r", StringComparison.Ordinal) || line.StartsWith("#i", StringComparison.Ordinal))
            return $"malformed magic command '{line}' (expected #r \"nuget: Name, Version\" or #r \"path.dll\")";
        return $"magic command '{line.Split([' ', '\t'], 2)[0]}' is not supported by the Parallax runner";
    }

    private string? Reference(string arg, List<string> refs, List<string> notes)
    {
        if (arg.StartsWith("nuget:", StringComparison.OrdinalIgnoreCase))
        {
            var parts = arg[6..].Split(',', 2, StringSplitOptions.TrimEntries);
            var id = parts[0];
            if (id.Length == 0) return "#r \"nuget:\" names no package";
            return ShippedPackages.IsShipped(id) ? null
                : $"package '{id}' is not one the kit ships (it ships {string.Join(", ", ShippedPackages.Names.Keys)}); the runner installs no package";
        }
        var path = Path.GetFullPath(Path.Combine(notebookFolder, arg));
        var name = Path.GetFileNameWithoutExtension(path);
        if (isLoadedAssembly(name)) return null;
        if (!File.Exists(path)) return $"referenced assembly not found: {path}";
        refs.Add(path);
        notes.Add($"referenced {path}");
        return null;
    }
}
