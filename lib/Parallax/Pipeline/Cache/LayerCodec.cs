using Parallax.Framing;
using Parallax.Names;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax.Pipeline.Cache;

/// <summary>The per-article layers of a document (mentions, attributions, labels, hedges, event terms), without the article.</summary>
public sealed record ArticleLayers(
    IReadOnlyList<Mention> Mentions, IReadOnlyList<AttributionRecord> Attributions, IReadOnlyList<ActorLabel> Labels,
    IReadOnlyList<Hedge> Hedges, IReadOnlyList<EventTerm> EventTerms)
{
    /// <summary>The layers of a tagged document.</summary>
    public static ArticleLayers Of(Document d) => new(d.Mentions, d.Attributions, d.Labels, d.Hedges, d.EventTerms);

    /// <summary>The article with these layers.</summary>
    public Document On(Article article) =>
        new(article) { Mentions = Mentions, Attributions = Attributions, Labels = Labels, Hedges = Hedges, EventTerms = EventTerms };
}

/// <summary>
/// Compact binary form of <see cref="ArticleLayers"/> for the tag cache. A change of any layer record needs a change
/// here and of <see cref="Version"/> (the cache round-trip test compares the tags JSON before and after).
/// </summary>
public static class LayerCodec
{
    /// <summary>Format version, part of the cache's file header.</summary>
    public const int Version = 1;

    public static void Write(BinaryWriter w, ArticleLayers l)
    {
        w.Write(l.Mentions.Count);
        foreach (var m in l.Mentions)
        {
            w.Write(m.Start); w.Write(m.End); w.Write(m.Text); w.Write((byte)m.Kind); Str(w, m.Title); Str(w, m.Entity);
        }
        w.Write(l.Attributions.Count);
        foreach (var a in l.Attributions)
        {
            w.Write(a.Source); w.Write(a.SourceStart); w.Write(a.SourceEnd); w.Write(a.SourceType); w.Write(a.Cue); w.Write((byte)a.Quote);
            w.Write(a.ContentStart); w.Write(a.ContentEnd); Int(w, a.Via); Str(w, a.RefersTo);
        }
        w.Write(l.Labels.Count);
        foreach (var x in l.Labels)
        {
            w.Write(x.Start); w.Write(x.End); w.Write(x.Text); w.Write(x.Head); w.Write(x.Actor);
            w.Write(x.Categories.Count);
            foreach (var c in x.Categories) w.Write(c);
            Int(w, x.QuotedFrom); w.Write(x.InQuotation);
        }
        w.Write(l.Hedges.Count);
        foreach (var h in l.Hedges) { w.Write(h.Start); w.Write(h.End); w.Write(h.Text); w.Write(h.Kind); }
        w.Write(l.EventTerms.Count);
        foreach (var t in l.EventTerms) { w.Write(t.Start); w.Write(t.End); w.Write(t.Text); w.Write(t.Lemma); w.Write(t.Connotation); }
    }

    /// <exception cref="InvalidDataException">The bytes are not a valid record.</exception>
    public static ArticleLayers Read(BinaryReader r)
    {
        var mentions = new Mention[Count(r)];
        for (int i = 0; i < mentions.Length; i++)
            mentions[i] = new Mention(r.ReadInt32(), r.ReadInt32(), r.ReadString(), Enum<MentionKind>(r.ReadByte()), Str(r), Str(r));
        var attributions = new AttributionRecord[Count(r)];
        for (int i = 0; i < attributions.Length; i++)
            attributions[i] = new AttributionRecord(r.ReadString(), r.ReadInt32(), r.ReadInt32(), r.ReadString(), r.ReadString(),
                Enum<Parallax.Attribution.QuoteKind>(r.ReadByte()), r.ReadInt32(), r.ReadInt32(), Int(r), Str(r));
        var labels = new ActorLabel[Count(r)];
        for (int i = 0; i < labels.Length; i++)
        {
            int start = r.ReadInt32(), end = r.ReadInt32();
            string text = r.ReadString(), head = r.ReadString(), actor = r.ReadString();
            var categories = new string[Count(r)];
            for (int k = 0; k < categories.Length; k++) categories[k] = r.ReadString();
            labels[i] = new ActorLabel(start, end, text, head, actor, categories, Int(r)) { InQuotation = r.ReadBoolean() };
        }
        var hedges = new Hedge[Count(r)];
        for (int i = 0; i < hedges.Length; i++) hedges[i] = new Hedge(r.ReadInt32(), r.ReadInt32(), r.ReadString(), r.ReadString());
        var terms = new EventTerm[Count(r)];
        for (int i = 0; i < terms.Length; i++) terms[i] = new EventTerm(r.ReadInt32(), r.ReadInt32(), r.ReadString(), r.ReadString(), r.ReadString());
        return new ArticleLayers(mentions, attributions, labels, hedges, terms);
    }

    private static int Count(BinaryReader r)
    {
        int n = r.ReadInt32();
        if (n < 0 || n > 10_000_000) throw new InvalidDataException($"bad item count {n}");
        return n;
    }

    private static T Enum<T>(byte b) where T : struct, Enum =>
        System.Enum.IsDefined(typeof(T), (int)b) ? (T)(object)(int)b : throw new InvalidDataException($"bad {typeof(T).Name} {b}");

    private static void Str(BinaryWriter w, string? s)
    {
        w.Write(s is not null);
        if (s is not null) w.Write(s);
    }

    private static string? Str(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;

    private static void Int(BinaryWriter w, int? v)
    {
        w.Write(v.HasValue);
        if (v is { } x) w.Write(x);
    }

    private static int? Int(BinaryReader r) => r.ReadBoolean() ? r.ReadInt32() : null;
}
