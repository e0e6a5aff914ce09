using System.Collections.Concurrent;
using System.Reflection;
using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Parallax;

/// <summary>
/// The kit's knowledge files (YAML embedded from lib/Parallax/Data) and the user's extensions of them:
/// a file of the same name in the corpus folder is read after the kit's own.
/// </summary>
public sealed class KitData
{
    private static readonly ConcurrentDictionary<string, KitData> Cache = new();
    private readonly ConcurrentDictionary<(string, Type), object> _parsed = new();

    private KitData(string? corpusFolder) => CorpusFolder = corpusFolder is null ? null : Path.GetFullPath(corpusFolder);

    /// <summary>Folder whose YAML files extend the kit's; null for the kit's data alone.</summary>
    public string? CorpusFolder { get; }

    /// <summary>Knowledge for a corpus folder (or the kit alone when null).</summary>
    public static KitData For(string? corpusFolder) =>
        Cache.GetOrAdd(corpusFolder is null ? "" : Path.GetFullPath(corpusFolder), k => new KitData(k.Length == 0 ? null : k));

    /// <summary>The kit's own copy of a data file, e.g. <c>outlets.yaml</c>.</summary>
    public static string ReadEmbedded(string name)
    {
        var asm = typeof(KitData).Assembly;
        // Files in sub-folders are embedded as "Parallax.Data.sub/name.yaml" (RecursiveDir; '\\' when built on Windows).
        using var s = asm.GetManifestResourceStream("Parallax.Data." + name)
            ?? asm.GetManifestResourceStream("Parallax.Data." + name.Replace('/', '\\'))
            ?? throw new FileNotFoundException($"kit data file '{name}' is not embedded");
        using var r = new StreamReader(s);
        return r.ReadToEnd();
    }

    /// <summary>Names of every embedded data file.</summary>
    public static IEnumerable<string> EmbeddedNames() =>
        typeof(KitData).Assembly.GetManifestResourceNames().Where(n => n.StartsWith("Parallax.Data.", StringComparison.Ordinal)).Select(n => n["Parallax.Data.".Length..].Replace('\\', '/'));

    /// <summary>Path of the user's extension of a data file, when the corpus folder has one.</summary>
    public string? UserFile(string name) =>
        CorpusFolder is { } f && File.Exists(Path.Combine(f, name)) ? Path.Combine(f, name) : null;

    /// <summary>
    /// Parses a data file: the kit's copy, then the user's, combined by <paramref name="merge"/> (kit, user).
    /// Parsed once per KitData.
    /// </summary>
    public T Load<T>(string name, Func<T, T, T> merge) where T : class, new() =>
        (T)_parsed.GetOrAdd((name, typeof(T)), _ =>
        {
            var kit = Parse<T>(ReadEmbedded(name), "lib/Parallax/Data/" + name);
            return UserFile(name) is { } user ? merge(kit, Parse<T>(File.ReadAllText(user), user)) : kit;
        });

    /// <summary>Deserialises YAML with snake_case keys; errors name the file, line and column.</summary>
    public static T Parse<T>(string yaml, string file) where T : class, new()
    {
        try
        {
            return YamlDeserializer.Deserialize<T>(yaml) ?? new T();
        }
        catch (YamlException e)
        {
            throw new CorpusException(file, e.InnerException?.Message ?? e.Message, (int)e.Start.Line, (int)e.Start.Column);
        }
    }

    /// <summary>The shared YAML reader: snake_case keys, unknown keys are errors.</summary>
    public static IDeserializer YamlDeserializer { get; } = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();
}
