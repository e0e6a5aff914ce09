using System.Text.Json;

namespace Parallax.Synth;

/// <summary>
/// Streams <c>synth.truth.json</c>, what the generator planted: per article (kind, source, attributions, labels as
/// [text, side, count], mentions as [entity, text written, count]), then the entity groups with every variant written, translation pairs,
/// reposts and totals. Only the entity groups and pairs are kept in memory.
/// </summary>
public sealed class TruthWriter : IDisposable
{
    private readonly string _path;
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _w;
    private readonly SortedDictionary<string, EntityGroup> _entities = new(StringComparer.Ordinal);
    private readonly List<(string Article, string Source)> _translations = [];
    private readonly List<(string Article, string Source, int Paragraphs)> _reposts = [];
    private readonly SortedDictionary<string, int> _languages = new(StringComparer.Ordinal);
    private long _attributions, _labels, _words, _mentions;
    private int _articles;

    public TruthWriter(string root, SynthOptions options)
    {
        _path = Path.Combine(root, OutputFolder.TruthFile);
        _stream = AtomicFile.Create(_path);
        _w = new Utf8JsonWriter(_stream, new JsonWriterOptions { Indented = false, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        _w.WriteStartObject();
        _w.WriteString("format", OutputFolder.TruthFormat);
        _w.WriteStartObject("options");
        _w.WriteNumber("articles", options.Articles);
        _w.WriteNumber("seed", options.Seed);
        _w.WriteString("format", options.Format.ToString().ToLowerInvariant());
        _w.WriteNumber("mean_words", options.MeanWords);
        _w.WriteNumber("french_share", options.FrenchShare);
        _w.WriteNumber("translation_share", options.TranslationShare);
        _w.WriteNumber("repost_share", options.RepostShare);
        _w.WriteString("start", options.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        _w.WriteNumber("period_days", options.PeriodDays);
        _w.WriteEndObject();
        _w.WriteStartArray("articles");
    }

    /// <summary>Appends one article (in corpus order).</summary>
    public void Add(ArticleTruth t)
    {
        _articles++;
        _words += t.Words;
        _attributions += t.Attributions;
        _labels += t.Labels;
        _languages[t.Language] = _languages.GetValueOrDefault(t.Language) + 1;
        _w.WriteRawValue(t.Json, skipInputValidation: true);
        foreach (var m in t.Mentions)
        {
            _mentions += m.Count;
            if (!_entities.TryGetValue(m.Entity, out var e)) _entities[m.Entity] = e = new EntityGroup(m.Type, m.Canonical);
            e.Variants.Add(m.Surface);
            e.Mentions += m.Count;
        }
        if (t.Kind == ArticleKind.Translation) _translations.Add((t.Id, t.Source!));
        if (t.Kind == ArticleKind.Repost) _reposts.Add((t.Id, t.Source!, t.CopiedParagraphs));
        if (_w.BytesPending > 1 << 16) _w.Flush();
    }

    private sealed class EntityGroup(string type, string canonical)
    {
        public string Type { get; } = type;
        public string Canonical { get; } = canonical;
        public SortedSet<string> Variants { get; } = new(StringComparer.Ordinal);
        public long Mentions { get; set; }
    }

    /// <summary>Writes the groups, pairs and totals, and renames the file into place.</summary>
    public void Commit()
    {
        _w.WriteEndArray();
        _w.WriteStartArray("entities");
        foreach (var (id, e) in _entities)
        {
            _w.WriteStartObject();
            _w.WriteString("id", id);
            _w.WriteString("type", e.Type);
            _w.WriteString("canonical", e.Canonical);
            _w.WriteNumber("mentions", e.Mentions);
            _w.WriteStartArray("variants");
            foreach (var v in e.Variants) _w.WriteStringValue(v);
            _w.WriteEndArray();
            _w.WriteEndObject();
        }
        _w.WriteEndArray();
        _w.WriteStartArray("translations");
        foreach (var (a, s) in _translations) { _w.WriteStartObject(); _w.WriteString("article", a); _w.WriteString("source", s); _w.WriteEndObject(); }
        _w.WriteEndArray();
        _w.WriteStartArray("reposts");
        foreach (var (a, s, n) in _reposts) { _w.WriteStartObject(); _w.WriteString("article", a); _w.WriteString("source", s); _w.WriteNumber("paragraphs", n); _w.WriteEndObject(); }
        _w.WriteEndArray();
        _w.WriteStartObject("totals");
        _w.WriteNumber("articles", _articles);
        _w.WriteNumber("words", _words);
        _w.WriteNumber("attributions", _attributions);
        _w.WriteNumber("labels", _labels);
        _w.WriteNumber("mentions", _mentions);
        _w.WriteNumber("entities", _entities.Count);
        _w.WriteNumber("translations", _translations.Count);
        _w.WriteNumber("reposts", _reposts.Count);
        _w.WriteStartObject("languages");
        foreach (var (l, n) in _languages) _w.WriteNumber(l, n);
        _w.WriteEndObject();
        _w.WriteEndObject();
        _w.WriteEndObject();
        _w.Dispose();
        _stream.Dispose();
        AtomicFile.Commit(_path);
        _committed = true;
    }

    private bool _committed;

    /// <summary>Closes the file; without <see cref="Commit"/> the temporary file is removed.</summary>
    public void Dispose()
    {
        if (_committed) return;
        try { _w.Dispose(); } catch (ObjectDisposedException) { }
        _stream.Dispose();
        File.Delete(_path + AtomicFile.TempSuffix);
    }

    /// <summary>Totals so far.</summary>
    public SynthSummary Summary(string root, TimeSpan elapsed) =>
        new(root, _articles, _words, _attributions, _translations.Count, _reposts.Count, _entities.Count, new Dictionary<string, int>(_languages), elapsed);
}

/// <summary>What a run of the generator wrote.</summary>
public sealed record SynthSummary(string Folder, int Articles, long Words, long Attributions, int Translations, int Reposts, int Entities,
    IReadOnlyDictionary<string, int> Languages, TimeSpan Elapsed);
