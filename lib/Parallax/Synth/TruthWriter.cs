using System.Text.Json;

namespace Parallax.Synth;

/// <summary>
/// Streams <c>synth.truth.json</c>, what the generator planted: per article (kind, source, attributions, labels,
/// mentions with the exact text written), then the entity groups with every variant written, translation pairs,
/// reposts and totals. Only the entity groups and pairs are kept in memory.
/// </summary>
public sealed class TruthWriter : IDisposable
{
    private readonly string _path;
    private readonly FileStream _stream;
    private readonly Utf8JsonWriter _w;
    private readonly SortedDictionary<string, (string Type, string Canonical, SortedSet<string> Variants, long Mentions)> _entities = new(StringComparer.Ordinal);
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

    public void Add(string file, SynthArticle a, int words)
    {
        var s = a.Spec;
        _articles++;
        _words += words;
        _languages[s.Language] = _languages.GetValueOrDefault(s.Language) + 1;
        _w.WriteStartObject();
        _w.WriteString("id", s.Id);
        _w.WriteString("file", file);
        _w.WriteString("outlet", s.Outlet.Name);
        _w.WriteString("language", s.Language);
        _w.WriteString("event", s.Event.Id);
        _w.WriteString("kind", s.Kind.ToString().ToLowerInvariant());
        if (s.Source >= 0) _w.WriteString("source", a.Spec.SourceId!); else _w.WriteNull("source");
        _w.WriteNumber("words", words);
        _w.WriteNumber("paragraphs", a.Paragraphs.Count);
        int attributions = a.Paragraphs.Sum(p => p.Attributions);
        _attributions += attributions;
        _w.WriteNumber("attributions", attributions);
        _w.WriteStartArray("labels");
        foreach (var g in a.Paragraphs.SelectMany(p => p.Labels).GroupBy(l => l).OrderBy(g => g.Key.Text, StringComparer.Ordinal).ThenBy(g => g.Key.Side, StringComparer.Ordinal))
        {
            _labels += g.Count();
            _w.WriteStartObject();
            _w.WriteString("text", g.Key.Text);
            _w.WriteString("side", g.Key.Side);
            _w.WriteNumber("count", g.Count());
            _w.WriteEndObject();
        }
        _w.WriteEndArray();
        _w.WriteStartArray("mentions");
        foreach (var g in a.Paragraphs.SelectMany(p => p.Mentions).GroupBy(m => (m.Entity, m.Surface)).OrderBy(g => g.Key.Entity, StringComparer.Ordinal).ThenBy(g => g.Key.Surface, StringComparer.Ordinal))
        {
            var m = g.First();
            _mentions += g.Count();
            if (!_entities.TryGetValue(m.Entity, out var e)) e = (m.Type, m.Canonical, new SortedSet<string>(StringComparer.Ordinal), 0);
            e.Variants.Add(m.Surface);
            _entities[m.Entity] = e with { Mentions = e.Mentions + g.Count() };
            _w.WriteStartObject();
            _w.WriteString("entity", m.Entity);
            _w.WriteString("text", m.Surface);
            _w.WriteNumber("count", g.Count());
            _w.WriteEndObject();
        }
        _w.WriteEndArray();
        if (s.Kind == ArticleKind.Repost) _w.WriteNumber("copied_paragraphs", a.CopiedParagraphs);
        _w.WriteEndObject();
        if (s.Kind == ArticleKind.Translation) _translations.Add((s.Id, a.Spec.SourceId!));
        if (s.Kind == ArticleKind.Repost) _reposts.Add((s.Id, a.Spec.SourceId!, a.CopiedParagraphs));
        if (_w.BytesPending > 1 << 16) _w.Flush();
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
