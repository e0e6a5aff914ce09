using Parallax.Loading;

namespace Parallax;

/// <summary>
/// Reads a corpus folder: every article file (.txt, .md, .html/.htm, .jsonl), the manifest (corpus.yaml and/or
/// corpus.csv), then resolves metadata and paragraph roles. Never writes into the folder.
/// </summary>
internal static class CorpusLoader
{
    public static Corpus Load(string folder, CorpusOptions options)
    {
        if (!Directory.Exists(folder))
            throw new CorpusException(folder, File.Exists(folder) ? "is a file, not a corpus folder" : "corpus folder not found");
        var root = Path.GetFullPath(folder);
        var warnings = new List<CorpusWarning>();
        var ignored = new List<string>();
        var manifest = options.UseManifest ? ReadManifest(root, warnings) : CorpusManifest.Empty;
        var builder = ArticleBuilder.For(KitData.For(root));
        var config = ConfigFiles();
        var articles = new List<Article>();
        foreach (var rel in CorpusFiles.List(root, warnings))
        {
            if (!rel.Contains('/') && config.Contains(rel)) continue;
            if (ArticleReaders.For(rel) is not { } reader) { ignored.Add(rel); continue; }
            var path = Path.Combine(root, rel);
            if (FileContent.Read(path, rel, options, warnings) is not { } text) continue;
            foreach (var raw in reader.Read(rel, text, warnings))
                articles.Add(builder.Build(raw, manifest.FieldsFor(rel, raw.Id)));
        }
        CheckIds(articles);
        warnings.AddRange(DuplicateFinder.Find(articles));
        foreach (var e in manifest.Unmatched(articles.Select(a => (a.File, a.Id))))
            warnings.Add(new CorpusWarning(e.SourceFile, e.Line, $"entry '{e.Pattern}' matches no article"));
        return new Corpus(root, articles, warnings, ignored);
    }

    /// <summary>
    /// Reads the folder one file at a time: each article file in path order with its articles, or with none when
    /// <paramref name="read"/> says (from its path, size and time) that it need not be read. Only the current file's
    /// text is held. Ids are checked for collisions as files come; whole-corpus checks (duplicate texts, unmatched
    /// manifest entries) are left out.
    /// </summary>
    public static IEnumerable<CorpusFile> Stream(string folder, CorpusOptions options, List<CorpusWarning> warnings, Func<CorpusFileStamp, bool>? read = null)
    {
        if (!Directory.Exists(folder))
            throw new CorpusException(folder, File.Exists(folder) ? "is a file, not a corpus folder" : "corpus folder not found");
        var root = Path.GetFullPath(folder);
        var manifest = options.UseManifest ? ReadManifest(root, warnings) : CorpusManifest.Empty;
        var builder = ArticleBuilder.For(KitData.For(root));
        var config = ConfigFiles();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var rel in CorpusFiles.List(root, warnings))
        {
            if (!rel.Contains('/') && config.Contains(rel)) continue;
            if (ArticleReaders.For(rel) is not { } reader) continue;
            var path = Path.Combine(root, rel);
            var info = new FileInfo(path);
            var stamp = new CorpusFileStamp(rel, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc.Ticks : 0);
            if (read is not null && !read(stamp)) { yield return new CorpusFile(stamp, null); continue; }
            var articles = new List<Article>();
            if (FileContent.Read(path, rel, options, warnings) is { } text)
                foreach (var raw in reader.Read(rel, text, warnings))
                {
                    var a = builder.Build(raw, manifest.FieldsFor(rel, raw.Id));
                    if (ids.TryGetValue(a.Id, out var other))
                        throw new CorpusException(rel, $"duplicate article id '{a.Id}' in {other} and {rel}", field: "id");
                    ids[a.Id] = rel;
                    articles.Add(a);
                }
            yield return new CorpusFile(stamp, articles);
        }
    }

    /// <summary>The stamps of the manifest files (a change of one changes every article's metadata).</summary>
    public static string ManifestStamp(string folder)
    {
        var root = Path.GetFullPath(folder);
        return string.Join(";", new[] { YamlManifestReader.FileName, CsvManifestReader.FileName }.Select(n => new FileInfo(Path.Combine(root, n)))
            .Select(f => f.Exists ? $"{f.Name}:{f.Length}:{f.LastWriteTimeUtc.Ticks}" : "-"));
    }

    /// <summary>Names of the corpus folder's configuration files: manifests and extensions of the kit's data files.</summary>
    public static HashSet<string> ConfigFiles() =>
        new([YamlManifestReader.FileName, CsvManifestReader.FileName, .. KitData.EmbeddedNames()], StringComparer.OrdinalIgnoreCase);

    private static CorpusManifest ReadManifest(string root, List<CorpusWarning> warnings)
    {
        var entries = new List<ManifestEntry>();
        var yaml = Path.Combine(root, YamlManifestReader.FileName);
        var csv = Path.Combine(root, CsvManifestReader.FileName);
        if (File.Exists(yaml)) entries.AddRange(YamlManifestReader.Read(root, yaml, warnings));
        if (File.Exists(csv)) entries.AddRange(CsvManifestReader.Read(root, csv, warnings));
        return new CorpusManifest(entries);
    }

    private static void CheckIds(List<Article> articles)
    {
        foreach (var g in articles.GroupBy(a => a.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = g.Select(a => a.File).Distinct().ToList();
            var where = files.Count > 1 ? string.Join(" and ", files) : files[0] + $" ({g.Count()} times)";
            throw new CorpusException(files[0], $"duplicate article id '{g.Key}' in {where}", field: "id");
        }
    }
}
