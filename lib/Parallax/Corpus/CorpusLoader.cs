using Parallax.Loading;

namespace Parallax;

/// <summary>
/// Reads a corpus folder: every article file (.txt, .md, .html/.htm, .jsonl), the manifest (corpus.yaml and/or
/// corpus.csv), then resolves metadata and paragraph roles. Files are loaded in batches on all cores
/// (<see cref="FileBatchLoader"/>); results, warnings and errors come in file order as if loaded one by one. Never
/// writes into the folder.
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
        var loader = new FileBatchLoader(root, options, manifest, ArticleBuilder.For(KitData.For(root)));
        var articles = new List<Article>();
        foreach (var file in loader.Load(ArticleFiles(root, warnings, ignored), null))
            articles.AddRange(file.Replay(warnings, _ => { }));
        CheckIds(articles);
        warnings.AddRange(DuplicateFinder.Find(articles));
        foreach (var e in manifest.Unmatched(articles.Select(a => (a.File, a.Id))))
            warnings.Add(new CorpusWarning(e.SourceFile, e.Line, $"entry '{e.Pattern}' matches no article"));
        return new Corpus(root, articles, warnings, ignored);
    }

    /// <summary>
    /// Reads the folder file by file: each article file in path order with its articles, or with none when
    /// <paramref name="read"/> says (from its path, size and time) that it need not be read. Only one batch of files
    /// (up to 64 files, about 8 MB) is held at a time. Ids are checked for collisions as files come; whole-corpus checks (duplicate texts, unmatched
    /// manifest entries) are left out.
    /// </summary>
    public static IEnumerable<CorpusFile> Stream(string folder, CorpusOptions options, List<CorpusWarning> warnings, Func<CorpusFileStamp, bool>? read = null)
    {
        if (!Directory.Exists(folder))
            throw new CorpusException(folder, File.Exists(folder) ? "is a file, not a corpus folder" : "corpus folder not found");
        var root = Path.GetFullPath(folder);
        var manifest = options.UseManifest ? ReadManifest(root, warnings) : CorpusManifest.Empty;
        var loader = new FileBatchLoader(root, options, manifest, ArticleBuilder.For(KitData.For(root)));
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in loader.Load(ArticleFiles(root, warnings, null), read))
        {
            if (!file.Read) { yield return new CorpusFile(file.Stamp, null); continue; }
            var rel = file.Stamp.Path;
            var articles = file.Replay(warnings, a =>
            {
                if (ids.TryGetValue(a.Id, out var other))
                    throw new CorpusException(rel, $"duplicate article id '{a.Id}' in {other} and {rel}", field: "id");
                ids[a.Id] = rel;
            });
            yield return new CorpusFile(file.Stamp, articles);
        }
    }

    // The article files in path order with their readers; configuration files are left out, other files are listed
    // in ignored (when given).
    private static IEnumerable<(string, IArticleReader)> ArticleFiles(string root, List<CorpusWarning> warnings, List<string>? ignored)
    {
        var config = ConfigFiles();
        foreach (var rel in CorpusFiles.List(root, warnings))
        {
            if (!rel.Contains('/') && config.Contains(rel)) continue;
            if (ArticleReaders.For(rel) is { } reader) yield return (rel, reader);
            else ignored?.Add(rel);
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
