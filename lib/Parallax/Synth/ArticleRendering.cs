using System.Text;

namespace Parallax.Synth;

/// <summary>
/// Writes one article's plan in one language and one outlet's style, collecting what each paragraph plants
/// (mentions, attributions, labels). First mentions of people and organisations get the long form, later ones the
/// short form. One instance per article; not thread-safe.
/// </summary>
public sealed partial class ArticleRendering
{
    private readonly SynthWorld _world;
    private readonly OutletPool _outlets;
    private readonly SynthEvent _ev;
    private readonly ArticlePlan _plan;
    private readonly string _lang;
    private readonly SpellingStyle _style;
    private readonly string _stance;
    private readonly SynthOutlet _outlet;
    private readonly SynthOutlet _datelineOutlet;
    private readonly DateTime _published;
    private readonly HashSet<string> _mentioned = new(StringComparer.Ordinal);
    private List<PlantedMention> _mentions = [];
    private SynthOutlet? _source;
    private List<PlantedLabel> _labels = [];

    /// <summary>
    /// A rendering of <paramref name="plan"/> for <paramref name="spec"/> (its language and outlet). The words follow
    /// <paramref name="stance"/> and a wire dateline names <paramref name="datelineOutlet"/>: a translation keeps its
    /// source's. Other outlets are cited from <paramref name="outlets"/>; data comes from <paramref name="world"/>.
    /// </summary>
    public ArticleRendering(SynthWorld world, OutletPool outlets, ArticleSpec spec, ArticlePlan plan, string stance, SynthOutlet datelineOutlet)
    {
        _world = world;
        _outlets = outlets;
        _ev = spec.Event;
        _plan = plan;
        _lang = spec.Language;
        _outlet = spec.Outlet;
        _style = spec.Outlet.Style(spec.Language);
        _stance = stance;
        _datelineOutlet = datelineOutlet;
        _published = spec.Published;
    }

    /// <summary>Every paragraph of the plan, written.</summary>
    public List<RenderedParagraph> Render()
    {
        var list = new List<RenderedParagraph>(_plan.Paragraphs.Count);
        bool leadDone = false;
        foreach (var p in _plan.Paragraphs)
        {
            if (p.Role == ParagraphRole.Dateline) { list.Add(Paragraph(DateLine(), p.Role, 0)); continue; }
            var sb = new StringBuilder(256);
            int attributions = 0;
            if (p.Role == ParagraphRole.Body && !leadDone)
            {
                leadDone = true;
                if (_datelineOutlet.Type == "wire") sb.Append(WirePrefix());
            }
            foreach (var s in p.Sentences)
            {
                if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
                var t = _world.Templates[s.Category][s.Template];
                int at = sb.Length, before = _mentions.Count;
                Write(sb, t.For(_lang), s.Seed);
                CapitaliseSentence(sb, at, before);
                attributions += t.Attributions;
            }
            if (p.Role == ParagraphRole.Headline) _mentioned.Clear();
            list.Add(Paragraph(sb.ToString(), p.Role, attributions));
        }
        return list;
    }

    /// <summary>
    /// One extra paragraph written from a template category (a repost's headline or note), not with template
    /// <paramref name="avoid"/> when the category has others.
    /// </summary>
    public RenderedParagraph RenderOne(string category, ParagraphRole role, ulong seed, SynthOutlet? source = null, int avoid = -1)
    {
        _source = source;
        var list = _world.Templates[category];
        int index = (int)(seed % (ulong)list.Count);
        if (index == avoid && list.Count > 1) index = (index + 1) % list.Count;
        var t = list[index];
        var sb = new StringBuilder(128);
        Write(sb, t.For(_lang), seed);
        CapitaliseSentence(sb, 0, 0);
        return Paragraph(sb.ToString(), role, t.Attributions);
    }

    private RenderedParagraph Paragraph(string text, ParagraphRole role, int attributions)
    {
        var p = new RenderedParagraph(text, role, _mentions, attributions, _labels);
        _mentions = [];
        _labels = [];
        return p;
    }

    private void Write(StringBuilder sb, IReadOnlyList<TemplateSegment> segments, ulong seed)
    {
        for (int i = 0; i < segments.Count; i++)
        {
            var s = segments[i];
            if (!s.IsSlot) { sb.Append(s.Text); continue; }
            int occurrence = 0;
            for (int k = 0; k < i; k++) if (segments[k].IsSlot && segments[k].Text == s.Text) occurrence++;
            AppendSlot(sb, Slot(s.Text, seed, occurrence));
        }
    }

    private string Sub(IReadOnlyList<TemplateSegment> segments, ulong seed)
    {
        var sb = new StringBuilder(64);
        Write(sb, segments, seed);
        return sb.ToString();
    }

    /// <summary>Appends a slot value; in French contracts "de le" → "du", "à les" → "aux", "de A..." → "d'A...".</summary>
    private void AppendSlot(StringBuilder sb, string value)
    {
        if (_lang == "fr")
        {
            bool de = sb.Length >= 3 && sb[^3] == 'd' && sb[^2] == 'e' && sb[^1] == ' ' && (sb.Length == 3 || sb[^4] is ' ' or '\'');
            bool a = sb.Length >= 2 && sb[^2] == 'à' && sb[^1] == ' ' && (sb.Length == 2 || sb[^3] == ' ');
            if (de || a)
            {
                int cut = de ? 3 : 2;
                int article = value.StartsWith("le ", StringComparison.OrdinalIgnoreCase) ? 3 : value.StartsWith("les ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
                if (article > 0)
                {
                    sb.Length -= cut;
                    sb.Append(article == 3 ? de ? "du " : "au " : de ? "des " : "aux ").Append(value, article, value.Length - article);
                    // A name that starts with its article ("Le Courrier de ...") is now written without it.
                    if (_mentions.Count > 0 && _mentions[^1].Surface == value) _mentions[^1] = _mentions[^1] with { Surface = value[article..] };
                    return;
                }
                if (de && value.Length > 0 && "AEIOUÉaeioué".Contains(value[0])) { sb.Length -= 1; sb[^1] = '\''; sb.Append(value); return; }
            }
        }
        sb.Append(value);
    }

    /// <summary>
    /// Upper-cases the first letter of the sentence starting at <paramref name="from"/>; a mention written from there
    /// (recorded since index <paramref name="firstMention"/>) is recorded as capitalised too.
    /// </summary>
    private void CapitaliseSentence(StringBuilder sb, int from, int firstMention)
    {
        int i = from;
        while (i < sb.Length && !char.IsLetterOrDigit(sb[i])) i++;
        if (i >= sb.Length || !char.IsLower(sb[i])) return;
        sb[i] = char.ToUpperInvariant(sb[i]);
        for (int k = Math.Max(0, firstMention); k < _mentions.Count; k++)
        {
            var m = _mentions[k];
            var cap = Cap(m.Surface);
            if (cap == m.Surface || i + cap.Length > sb.Length || sb.ToString(i, cap.Length) != cap) continue;
            _mentions[k] = m with { Surface = cap };
            return;
        }
    }

    private string DateLine()
    {
        var d = _published;
        var month = _world.Data.Months[d.Month - 1].For(_lang);
        var weekday = _world.Data.Weekdays[((int)d.DayOfWeek + 6) % 7].For(_lang);
        return _lang == "fr"
            ? _style.DateStyle == 2 ? $"{weekday} {d.Day} {month} {d.Year}" : $"{d.Day} {month} {d.Year}"
            : _style.DateStyle switch { 0 => $"{month} {d.Day}, {d.Year}", 1 => $"{d.Day} {month} {d.Year}", _ => $"{weekday}, {month} {d.Day}, {d.Year}" };
    }

    private string WirePrefix()
    {
        var place = PlaceName();
        Mention("place:" + OutletPool.Slug(_ev.Place.En), "place", _ev.Place.En, _lang == "fr" ? place : place.ToUpperInvariant());
        var data = _world.Data.Countries[_ev.CountryKey];
        // A translation keeps the source's dateline facts: place, country, then the outlet, in that order.
        var country = _lang == "fr" ? StripFrenchArticle(data.Fr) : data.En;
        Mention("place:" + _ev.CountryKey, "place", data.En, country);
        Mention(OutletId(_datelineOutlet), "outlet", _datelineOutlet.Name, _datelineOutlet.Name);
        if (_lang == "fr") return $"{place} ({country}) ({_datelineOutlet.Name}) - ";
        return $"{place.ToUpperInvariant()}, {country} ({_datelineOutlet.Name}) — ";
    }

    private void Mention(string id, string type, string canonical, string surface) =>
        _mentions.Add(new PlantedMention(id, type, canonical, surface));

    private static string OutletId(SynthOutlet o) => "outlet:" + OutletPool.Slug(o.Name);
}
