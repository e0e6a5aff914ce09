using System.Collections.Concurrent;
using System.Text;
using System.Xml.Linq;
using Microsoft.CodeAnalysis;

namespace Parallax.Kernel.Language;

/// <summary>
/// The XML documentation of a symbol, read from the <c>.xml</c> file beside its assembly (the kit's own) or from the
/// .NET reference pack (the framework's), as plain text: summary, then returns.
/// </summary>
public static class DocComments
{
    private static readonly ConcurrentDictionary<string, Dictionary<string, XElement>?> Files = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Plain-text documentation, or null when there is none.</summary>
    public static string? For(ISymbol symbol)
    {
        var target = symbol is IMethodSymbol { ReducedFrom: { } original } ? original : symbol.OriginalDefinition;
        var id = target.GetDocumentationCommentId();
        var assembly = target.ContainingAssembly?.Identity.Name;
        if (id is null || assembly is null) return null;
        var member = Candidates(assembly).Select(Load).FirstOrDefault(d => d is not null && d.ContainsKey(id))?[id];
        if (member is null) return null;
        var parts = new List<string>();
        if (member.Element("summary") is { } summary) parts.Add(Text(summary));
        foreach (var p in member.Elements("param")) parts.Add($"{p.Attribute("name")?.Value}: {Text(p)}");
        if (member.Element("returns") is { } returns) parts.Add("Returns: " + Text(returns));
        var text = string.Join("\n", parts.Where(p => p.Length > 0));
        return text.Length > 0 ? text : null;
    }

    private static IEnumerable<string> Candidates(string assembly)
    {
        var loaded = AppDomain.CurrentDomain.GetAssemblies().FirstOrDefault(a => !a.IsDynamic && a.GetName().Name == assembly);
        if (loaded is { Location.Length: > 0 }) yield return Path.ChangeExtension(loaded.Location, ".xml");
        if (ReferencePack() is { } pack)
        {
            yield return Path.Combine(pack, assembly + ".xml");
            if (assembly == "System.Private.CoreLib") yield return Path.Combine(pack, "System.Runtime.xml");
        }
    }

    // dotnet/packs/Microsoft.NETCore.App.Ref/<version>/ref/net<major>.0, for the running runtime's major version.
    private static string? ReferencePack()
    {
        var runtimeDir = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtimeDir is null ? null : Path.GetFullPath(Path.Combine(runtimeDir, "..", "..", ".."));
        var packs = root is null ? null : Path.Combine(root, "packs", "Microsoft.NETCore.App.Ref");
        if (packs is null || !Directory.Exists(packs)) return null;
        var major = Environment.Version.Major;
        return Directory.GetDirectories(packs, major + ".*").Order(StringComparer.Ordinal).Select(d => Path.Combine(d, "ref", $"net{major}.0")).LastOrDefault(Directory.Exists);
    }

    private static Dictionary<string, XElement>? Load(string path) => Files.GetOrAdd(path, p =>
    {
        if (!File.Exists(p)) return null;
        try
        {
            return XDocument.Load(p).Descendants("member").Where(m => m.Attribute("name") is not null)
                .GroupBy(m => m.Attribute("name")!.Value).ToDictionary(g => g.Key, g => g.First());
        }
        catch (Exception e) when (e is IOException or System.Xml.XmlException or UnauthorizedAccessException)
        {
            return null;
        }
    });

    // Inline tags become their text: <see cref="T:A.B"/> → B, <c>x</c> → x, <paramref name="p"/> → p.
    private static string Text(XElement element)
    {
        var sb = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            if (node is XText t) sb.Append(t.Value);
            else if (node is XElement e)
            {
                var cref = e.Attribute("cref")?.Value;
                var name = e.Attribute("name")?.Value ?? e.Attribute("langword")?.Value;
                sb.Append(cref is not null ? cref[(cref.LastIndexOf('.') + 1)..] : name ?? Text(e));
            }
        }
        return string.Join(" ", sb.ToString().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
