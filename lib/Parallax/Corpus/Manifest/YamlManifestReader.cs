namespace Parallax.Loading;

/// <summary>
/// Reads <c>corpus.yaml</c>:
/// <code>
/// defaults:            # every article
///   event: my-event
/// files:               # a path relative to the folder, an article id, or a glob (*, **, ?)
///   000_abc.txt:
///     outlet: Harbour Gazette
///     published: 2020-02-04T12:40
///   "lemonde/*.html":
///     outlet: Le Monde
/// </code>
/// </summary>
public static class YamlManifestReader
{
    public const string FileName = "corpus.yaml";

    public static IReadOnlyList<ManifestEntry> Read(string root, string path, ICollection<CorpusWarning> warnings)
    {
        var name = Path.GetRelativePath(root, path).Replace('\\', '/');
        var text = TextDecoder.DecodeConfig(path, name);
        var tree = YamlTree.Parse(text, name);
        if (tree is null) return [];
        if (tree is not YamlMap top) throw new CorpusException(name, "expected a mapping with 'defaults' and/or 'files'", tree.Line, tree.Column);
        var entries = new List<ManifestEntry>();
        foreach (var (key, value) in top.Entries)
        {
            switch (key.Value)
            {
                case "defaults":
                    entries.Insert(0, new ManifestEntry("**", FieldReader.Read(AsMap(value, name, "defaults"), name, warnings), name, value.Line));
                    break;
                case "files":
                    entries.AddRange(Files(root, value, name, warnings));
                    break;
                case "version":
                    break;
                default:
                    warnings.Add(new CorpusWarning(name, key.Line, $"unknown manifest section '{key.Value}' ignored (known: defaults, files)"));
                    break;
            }
        }
        return entries;
    }

    private static IEnumerable<ManifestEntry> Files(string root, YamlNode node, string name, ICollection<CorpusWarning> warnings)
    {
        if (node is YamlScalar { Value: null }) yield break;
        if (node is YamlMap map)
        {
            foreach (var (key, value) in map.Entries)
            {
                Check(root, key.Value!, name, key);
                yield return new ManifestEntry(key.Value!.Replace('\\', '/'), FieldReader.Read(AsMap(value, name, key.Value!), name, warnings), name, key.Line);
            }
        }
        else if (node is YamlList list)
        {
            foreach (var item in list.Items)
            {
                var m = AsMap(item, name, "files");
                var fileKey = m.Entries.FirstOrDefault(e => e.Key.Value == "file");
                if (fileKey.Value is not YamlScalar { Value: { } pattern } ps)
                    throw new CorpusException(name, "each entry of 'files' needs a 'file' (path or glob)", m.Line, m.Column, "file");
                Check(root, pattern, name, ps);
                yield return new ManifestEntry(pattern.Replace('\\', '/'), FieldReader.Read(m, name, warnings, "file"), name, m.Line);
            }
        }
        else throw new CorpusException(name, "'files' must map file paths to their metadata", node.Line, node.Column, "files");
    }

    private static void Check(string root, string pattern, string name, YamlNode at)
    {
        if (ManifestPaths.Problem(root, pattern) is { } problem)
            throw new CorpusException(name, "entry rejected: " + problem, at.Line, at.Column, "file");
    }

    private static YamlMap AsMap(YamlNode node, string file, string field) => node switch
    {
        YamlMap m => m,
        YamlScalar { Value: null } s => new YamlMap([], s.Line, s.Column),
        _ => throw new CorpusException(file, "expected a mapping of metadata fields", node.Line, node.Column, field),
    };
}
