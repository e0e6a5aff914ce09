using System.Text.Json;
using Parallax.Frames;
using Parallax.Pipeline;
using Parallax.Pipeline.Summaries;
using Parallax.Synth;
using Parallax.Tests.Support;
using Xunit.Abstractions;

namespace Parallax.Tests.Pipeline;

public sealed class SummaryRunTests(ITestOutputHelper output)
{
    private const string NewArticle = """
        Ferry service resumes across the Lindqvist strait

        The ferry between Porthallow and Kestrel Bay sailed again on Monday after a week of storms, the operator said.
        "Every crossing today is full," said Mirela Dovan, who manages the port, according to the Eastbrook Courier.
        """;

    [Fact]
    public void Summaries_count_what_the_documents_hold()
    {
        using var corpusDir = Repo.Temp().CopyFrom(Repo.Seeds);
        using var outDir = Repo.Temp();
        var pipeline = TaggingPipeline.Default(corpusDir.Path);
        var corpus = Corpus.Load(corpusDir.Path);
        var docs = corpus.Articles.Select(pipeline.Tag).ToList();

        var run = SummaryRun.Run(pipeline, corpusDir.Path, Path.Combine(outDir.Path, "cache"));

        Assert.Equal(corpus.Articles.Select(a => a.Id), run.Articles.Select(a => a.Id));
        Assert.Equal(corpus.Articles.Count, run.Tagged);
        for (int i = 0; i < docs.Count; i++)
        {
            var s = run.Articles[i];
            Assert.Equal(docs[i].Mentions.Count, s.Spellings.Sum(x => x.Count));
            Assert.Equal(docs[i].Mentions.Select(m => m.Text).Distinct().Count(), s.Spellings.Select(x => x.Text).Distinct().Count());
            Assert.Equal(docs[i].Attributions.Count, s.SourceTypes.Sum(x => x.Count));
            Assert.Equal(docs[i].Hedges.Count, s.HedgeCount);
            Assert.Equal(docs[i].Article.WordCount, s.Words);
            Assert.Equal(docs[i].Article.Metadata.Outlet, s.Outlet);
        }
        Assert.True(run.Articles.Sum(a => a.Spellings.Count) > 20);
        // every spelling got an entity, and the entities account for every use
        Assert.All(run.EntityOf.SelectMany(e => e), Assert.NotNull);
        Assert.Equal(run.Articles.Sum(a => a.Spellings.Sum(x => x.Count)), run.Entities.Sum(e => e.Variants.Sum(v => v.Total)));
        Assert.Equal(run.Articles.Count, SummaryFrames.Articles(run).RowCount);
        var byOutlet = SummaryFrames.SpellingByOutlet(run);
        var first = run.Articles[0];
        var key = NamesFrames.RowKey(run.EntityOf[0][0], first.Spellings[0].Text);
        double expected = run.Articles.Select((a, d) => (a, d)).Where(x => x.a.Outlet == first.Outlet)
            .Sum(x => x.a.Spellings.Select((s, k) => (s, k)).Where(y => NamesFrames.RowKey(run.EntityOf[x.d][y.k], y.s.Text) == key).Sum(y => y.s.Count));
        Assert.Equal(expected, byOutlet.GetColumn<double>(first.Outlet ?? "unknown")[key]);
        Assert.Equal(run.Articles.SelectMany((a, d) => a.Spellings.Select((s, k) => NamesFrames.RowKey(run.EntityOf[d][k], s.Text))).Distinct().Count(), byOutlet.RowCount);
        // the long form holds exactly the used cells of the wide table, in its row order
        var longForm = SummaryFrames.SpellingOutletUses(run);
        var cells = Enumerable.Range(0, longForm.RowCount).Select(i => (
            Key: NamesFrames.RowKey(longForm.GetColumn<string>("Entity").TryGet(i).HasValue ? longForm.GetColumn<string>("Entity")[i] : null, longForm.GetColumn<string>("Spelling")[i]),
            Outlet: longForm.GetColumn<string>("Outlet")[i], Uses: longForm.GetColumn<int>("Uses")[i])).ToList();
        var wide = byOutlet.ColumnKeys.SelectMany(c => byOutlet.GetColumn<double>(c).Observations.Where(o => o.Value > 0).Select(o => (Key: o.Key, Outlet: c, Uses: (int)o.Value)));
        Assert.Equal(wide.OrderBy(x => x.Key, StringComparer.Ordinal).ThenBy(x => x.Outlet, StringComparer.Ordinal), cells);
        Assert.Equal(SummaryFrames.All(run).SpellingOutletUses.RowCount, cells.Count);
    }

    [Fact]
    public void A_rerun_reads_only_new_or_changed_files()
    {
        using var corpusDir = Repo.Temp().CopyFrom(Repo.Seeds);
        using var outDir = Repo.Temp();
        var pipeline = TaggingPipeline.Default(corpusDir.Path);
        var cache = Path.Combine(outDir.Path, "cache");
        var first = SummaryRun.Run(pipeline, corpusDir.Path, cache);

        // same size and time, other bytes: the stamp is unchanged, so the file is not read and its summary is kept
        var file = Path.Combine(corpusDir.Path, first.Articles[0].File);
        var time = File.GetLastWriteTimeUtc(file);
        var bytes = File.ReadAllBytes(file);
        File.WriteAllBytes(file, bytes.Select(b => b == (byte)'e' ? (byte)'a' : b).ToArray());
        File.SetLastWriteTimeUtc(file, time);
        File.WriteAllText(Path.Combine(corpusDir.Path, "zz-added.txt"), NewArticle);

        var second = SummaryRun.Run(pipeline, corpusDir.Path, cache);
        Assert.Equal(1, second.Tagged);
        Assert.Equal(first.Articles.Count + 1, second.Articles.Count);
        Assert.Equal(first.Articles[0].Spellings, second.Articles[0].Spellings);

        File.SetLastWriteTimeUtc(file, time.AddMinutes(1));
        var third = SummaryRun.Run(pipeline, corpusDir.Path, cache);
        Assert.Equal(1, third.Tagged);
        Assert.Equal(0, SummaryRun.Run(pipeline, corpusDir.Path, cache).Tagged);
    }

    [Fact]
    public void A_large_segment_is_written_in_chunks_that_are_read_back_whole()
    {
        using var corpusDir = Repo.Temp().CopyFrom(Repo.Seeds);
        using var outDir = Repo.Temp();
        var pipeline = TaggingPipeline.Default(corpusDir.Path);
        var cache = Path.Combine(outDir.Path, "cache");
        SummaryStore.ChunkSummariesForTests = 2;
        try
        {
            var first = SummaryRun.Run(pipeline, corpusDir.Path, cache);
            var chunks = Directory.GetFiles(cache, "*.seg", SearchOption.AllDirectories);
            Assert.Equal((first.Articles.Count + 1) / 2, chunks.Length);
            Assert.Single(chunks.Select(c => Path.GetFileName(c).Split('.')[0]).Distinct());

            var second = SummaryRun.Run(pipeline, corpusDir.Path, cache);
            Assert.Equal(0, second.Tagged);
            Assert.Equal(first.Articles.Select(a => (a.Id, a.Spellings.Count, a.Sketch.Length)), second.Articles.Select(a => (a.Id, a.Spellings.Count, a.Sketch.Length)));
            Assert.Equal(first.Entities.Select(e => e.Id), second.Entities.Select(e => e.Id));
        }
        finally { SummaryStore.ChunkSummariesForTests = 0; }
    }

    [Fact]
    public void A_corrupt_cache_segment_is_a_warning_and_its_files_are_read_again()
    {
        using var corpusDir = Repo.Temp().CopyFrom(Repo.Seeds);
        using var outDir = Repo.Temp();
        var pipeline = TaggingPipeline.Default(corpusDir.Path);
        var cache = Path.Combine(outDir.Path, "cache");
        var first = SummaryRun.Run(pipeline, corpusDir.Path, cache);
        var segment = Directory.GetFiles(cache, "*.seg", SearchOption.AllDirectories).Single();
        var bytes = File.ReadAllBytes(segment);
        bytes[^5] ^= 0xFF;
        File.WriteAllBytes(segment, bytes);

        var second = SummaryRun.Run(pipeline, corpusDir.Path, cache);

        Assert.Equal(first.Articles.Count, second.Tagged);
        Assert.Contains(second.Warnings, w => w.Message.Contains("checksum", StringComparison.Ordinal));
        Assert.Equal(first.Articles.Select(a => a.Spellings.Count), second.Articles.Select(a => a.Spellings.Count));
    }

    [Fact]
    public void Corpus_enumerate_streams_the_same_articles_as_load()
    {
        var loaded = Corpus.Load(Repo.Seeds);
        var streamed = Corpus.Enumerate(Repo.Seeds).ToList();
        Assert.Equal(loaded.Articles.Select(a => (a.Id, a.Text, a.Metadata.Outlet)), streamed.Select(a => (a.Id, a.Text, a.Metadata.Outlet)));
    }

    [Fact]
    public void Planted_reposts_and_translations_are_found_from_sketches()
    {
        using var corpusDir = Repo.Temp();
        using var outDir = Repo.Temp();
        SyntheticCorpus.Write(corpusDir.Path, new SynthOptions { Articles = 300, MeanWords = 300, Force = true });
        var run = SummaryRun.Run(TaggingPipeline.Default(corpusDir.Path), corpusDir.Path, Path.Combine(outDir.Path, "cache"));

        using var truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(corpusDir.Path, "synth.truth.json")));
        static HashSet<(string, string)> Pairs(JsonElement list) =>
            list.EnumerateArray().Select(e => Key(e.GetProperty("article").GetString()!, e.GetProperty("source").GetString()!)).ToHashSet();
        var reposts = Pairs(truth.RootElement.GetProperty("reposts"));
        var translations = Pairs(truth.RootElement.GetProperty("translations"));
        var foundReuse = run.Relations.Where(r => r.Kind == "reuse").Select(r => Key(r.From, r.To)).ToHashSet();
        var foundTranslation = run.Relations.Where(r => r.Kind == "translation").Select(r => Key(r.From, r.To)).ToHashSet();
        double repostRecall = (double)reposts.Count(foundReuse.Contains) / reposts.Count;
        double translationRecall = (double)translations.Count(foundTranslation.Contains) / translations.Count;
        // a repost carries its source's text, so a translation of the source is one of the repost too
        var sourceOf = truth.RootElement.GetProperty("reposts").EnumerateArray()
            .ToDictionary(e => e.GetProperty("article").GetString()!, e => e.GetProperty("source").GetString()!);
        string Root(string id) => sourceOf.TryGetValue(id, out var s) ? Root(s) : id;
        var translationRoots = translations.Select(p => Key(Root(p.Item1), Root(p.Item2))).ToHashSet();
        double translationPrecision = (double)foundTranslation.Count(p => translationRoots.Contains(Key(Root(p.Item1), Root(p.Item2)))) / Math.Max(1, foundTranslation.Count);
        output.WriteLine($"reposts {reposts.Count}, recall {repostRecall:0.00}, reuse found {foundReuse.Count}; translations {translations.Count}, recall {translationRecall:0.00}, precision {translationPrecision:0.00}");
        Assert.True(reposts.Count >= 5 && translations.Count >= 5);
        double reusePrecision = (double)foundReuse.Count(p => reposts.Contains(p) || Root(p.Item1) == Root(p.Item2)) / Math.Max(1, foundReuse.Count);
        Assert.True(repostRecall >= 0.9, $"repost recall {repostRecall:0.00}");
        Assert.True(reusePrecision >= 0.9, $"reuse precision {reusePrecision:0.00}");
        Assert.True(translationRecall >= 0.7, $"translation recall {translationRecall:0.00}");
        // the summary path judges translations from anchors alone (no text): measured 0.85 on this corpus with the full outlet registry
        Assert.True(translationPrecision >= 0.8, $"translation precision {translationPrecision:0.00}");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Clustering_once_per_spelling_gives_the_entities_of_clustering_every_use(bool seeds)
    {
        using var corpusDir = seeds ? Repo.Temp().CopyFrom(Repo.Seeds) : Repo.Temp();
        using var outDir = Repo.Temp();
        if (!seeds) SyntheticCorpus.Write(corpusDir.Path, new SynthOptions { Articles = 400, MeanWords = 250, Seed = 11, Force = true });
        var run = SummaryRun.Run(TaggingPipeline.Default(corpusDir.Path), corpusDir.Path, Path.Combine(outDir.Path, "cache"));

        // the same rules, one reference per article and spelling
        var all = new List<Parallax.Names.Clustering.MentionRef>();
        var counts = new List<int>();
        for (int d = 0; d < run.Articles.Count; d++)
            foreach (var s in run.Articles[d].Spellings)
            {
                all.Add(new(d, run.Articles[d].Id, new Parallax.Names.Mention(s.First, s.First + s.Text.Length, s.Text, s.Kind)));
                counts.Add(s.Count);
            }
        var (entities, flat) = new Parallax.Names.VariantClusterer(KitData.For(corpusDir.Path)).Cluster(all, run.Articles.Count, _ => null, i => counts[i]);

        static string Show(Parallax.Names.Entity e) => $"{e.Id}|{e.Kind}|{e.Canonical}|"
            + string.Join(";", e.Variants.Select(v => v.Text + "=" + string.Join(",", v.CountsByArticle.Select(c => c.Key + ":" + c.Value))))
            + "|" + string.Join(";", e.Merges.Select(m => m.A + "~" + m.B).Order(StringComparer.Ordinal));
        Assert.True(entities.Count > (seeds ? 20 : 100), $"{entities.Count} entities");
        Assert.Contains(entities, e => e.Variants.Count > 1);
        Assert.Equal(entities.Select(Show), run.Entities.Select(Show));
        Assert.Equal(flat, run.EntityOf.SelectMany(e => e));
    }

    [Fact]
    public void A_rerun_reclusters_only_the_blocks_its_changes_touch_and_gives_the_entities_of_a_fresh_run()
    {
        // one article added, one removed
        var (first, rerun, fresh) = RunChangeAndRerun(23, dir =>
        {
            File.Delete(Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ElementAt(40));
            File.WriteAllText(Path.Combine(dir, "zz-added.txt"), NewArticle);
        });
        Assert.Equal(0, first.Blocks.Reused);

        output.WriteLine($"blocks: first {first.Blocks}, rerun {rerun.Blocks}, fresh {fresh.Blocks}");
        Assert.True(rerun.Blocks.Reused > rerun.Blocks.Clustered * 5, $"rerun {rerun.Blocks}");
        Assert.True(rerun.Blocks.Clustered > 0);
        static string Show(Parallax.Names.Entity e) => $"{e.Id}|{e.Kind}|{e.Canonical}|"
            + string.Join(";", e.Variants.Select(v => v.Text + "=" + string.Join(",", v.CountsByArticle.Select(c => c.Key + ":" + c.Value))))
            + "|" + string.Join(";", e.Merges.Select(m => m.A + "~" + m.B + ":" + string.Join("+", m.Rules)));
        Assert.Equal(fresh.Entities.Select(Show), rerun.Entities.Select(Show));
        Assert.Equal(fresh.EntityOf.SelectMany(e => e), rerun.EntityOf.SelectMany(e => e));
        Assert.Equal(fresh.Relations.Select(r => $"{r.From}>{r.To}:{r.Kind}:{r.Score}"), rerun.Relations.Select(r => $"{r.From}>{r.To}:{r.Kind}:{r.Score}"));
        Assert.Contains(rerun.Entities, e => e.Variants.Any(v => v.Text == "Mirela Dovan"));
    }

    [Fact]
    public void After_articles_are_added_only_their_partners_are_worked_out_and_the_relations_are_those_of_a_fresh_run()
    {
        // a repost of an article already there (reuse with it), and an unrelated article
        var (first, rerun, fresh) = RunChangeAndRerun(31, dir =>
        {
            var source = Directory.GetFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ElementAt(17);
            File.WriteAllText(Path.Combine(dir, "zz-repost.txt"), File.ReadAllText(source));
            File.WriteAllText(Path.Combine(dir, "zz-added.txt"), NewArticle);
        });
        Assert.Equal(first.Articles.Count, first.RelationsRedone);

        output.WriteLine($"partners worked out: first {first.RelationsRedone}, rerun {rerun.RelationsRedone} of {rerun.Articles.Count}; relations {rerun.Relations.Count}");
        Assert.Equal(2, rerun.Tagged);
        // with 300 articles most share some anchor with the new ones; at scale the share is small (README)
        Assert.InRange(rerun.RelationsRedone, 2, rerun.Articles.Count - 1);
        static string Show(Parallax.Reuse.ArticleRelation r) => $"{r.From}>{r.To}:{r.Kind}:{r.Score}";
        Assert.Equal(fresh.Relations.Select(Show), rerun.Relations.Select(Show));
        var repost = rerun.Articles.Single(a => a.File.EndsWith("zz-repost.txt", StringComparison.Ordinal)).Id;
        Assert.Contains(rerun.Relations, r => r.Kind == "reuse" && (r.From == repost || r.To == repost));
        Assert.Equal(fresh.Entities.Count, rerun.Entities.Count);
    }

    // A synthetic corpus of 300 articles run once, changed, run again on the same cache, and run fresh on a new cache.
    private static (SummaryTags First, SummaryTags Rerun, SummaryTags Fresh) RunChangeAndRerun(int seed, Action<string> change)
    {
        using var corpusDir = Repo.Temp();
        using var outDir = Repo.Temp();
        using var freshDir = Repo.Temp();
        SyntheticCorpus.Write(corpusDir.Path, new SynthOptions { Articles = 300, MeanWords = 250, Seed = (ulong)seed, Force = true });
        var cache = Path.Combine(outDir.Path, "cache");
        var first = SummaryRun.Run(TaggingPipeline.Default(corpusDir.Path), corpusDir.Path, cache);
        change(corpusDir.Path);
        var rerun = SummaryRun.Run(TaggingPipeline.Default(corpusDir.Path), corpusDir.Path, cache);
        var fresh = SummaryRun.Run(TaggingPipeline.Default(corpusDir.Path), corpusDir.Path, Path.Combine(freshDir.Path, "cache"));
        return (first, rerun, fresh);
    }

    [Fact]
    public void Postings_partners_are_the_documents_sharing_most_keys_counted_by_brute_force()
    {
        var random = new Random(5);
        var docs = Enumerable.Range(0, 300).Select(_ => Enumerable.Range(0, 20).Select(_ => (ulong)random.Next(400)).ToArray()).ToList();
        docs[0] = [.. docs[0], 1000UL]; // a key of one document
        var index = new Postings(docs.Select(d => (IEnumerable<ulong>)d).ToList());
        int withPartners = 0;
        for (int d = 0; d < docs.Count; d += 7)
        {
            var mine = docs[d].ToHashSet();
            var expected = Enumerable.Range(0, docs.Count).Where(o => o != d && o % 3 != 0)
                .Select(o => (Doc: o, Shared: docs[o].Distinct().Count(k => mine.Contains(k) && docs.Count(x => x.Contains(k)) <= 12)))
                .Where(x => x.Shared >= 2).OrderByDescending(x => x.Shared).ThenBy(x => x.Doc).Take(5).ToList();
            Assert.Equal(expected, index.Partners(d, docs[d], minShared: 2, maxDocuments: 12, take: 5, accept: o => o % 3 != 0));
            if (expected.Count > 0) withPartners++;
        }
        Assert.True(withPartners > 20, $"{withPartners} documents with partners");
        Assert.Equal(Enumerable.Range(0, docs.Count).Where(o => docs[o].Contains(7UL)).ToArray(), index.Of(7).ToArray());

        // the same keys spread over the whole 64-bit range, keys of one document left out: the same partners
        static ulong Spread(ulong k) => k * 0x9E3779B97F4A7C15UL;
        var spread = new Postings(docs.Select(d => d.Select(Spread)).ToList(), minDocuments: 2);
        for (int d = 0; d < docs.Count; d += 7)
            Assert.Equal(index.Partners(d, docs[d], 2, 12, 5, o => o % 3 != 0), spread.Partners(d, docs[d].Select(Spread), 2, 12, 5, o => o % 3 != 0));
        Assert.Equal([0], index.Of(1000).ToArray());
        Assert.Equal(0, spread.Of(Spread(1000)).Length);
        Assert.Equal(index.Of(7).ToArray(), spread.Of(Spread(7)).ToArray());
        Assert.Equal(0, spread.Of(ulong.MaxValue).Length);
    }

    [Fact]
    public void Containment_is_one_for_the_same_text_and_zero_for_unrelated_texts()
    {
        ArticleSummary S(ulong[] sketch, int shingles) => new("a", "a.txt", "en", [], 100, [], [], [], [], [], [], shingles, sketch, []);
        var a = S([1, 5, 9, 20], 4);
        Assert.Equal(1.0, SketchRelations.Containment(a, a), 3);
        Assert.Equal(0.0, SketchRelations.Containment(a, S([2, 6, 10, 21], 4)), 3);
        // half of a short text inside a longer one
        Assert.InRange(SketchRelations.Containment(S([1, 2, 3, 4], 4), S([1, 2, 7, 8, 11, 12, 13, 14], 8)), 0.45, 0.55);
    }

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
