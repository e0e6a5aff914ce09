namespace Parallax.Attribution;

/// <summary>
/// Links attributions into chains (<see cref="AttributionDraft.Via"/> = the attribution this one is reached through):
/// "X reported, citing Y" (Y via X), "X quoted Y as saying" (Y via X's attribution, made when X has none yet),
/// "X quoted him as saying" (him via X), "Y, quoted by X," (Y via X), "announced by Y and then circulated ...,
/// including X" (Y via X), "according to X, Y said" (Y via X), "Y told X" (Y via X when X is a news source).
/// </summary>
public sealed class ChainLinker(SourceTyper typer)
{
    /// <summary>Links the drafts of one sentence; <paramref name="article"/> holds every draft so far (earlier sentences first).</summary>
    public void Link(SentenceView s, List<AttributionDraft> drafts, List<AttributionDraft> article, PersonRoles roles)
    {
        if (drafts.Count == 0) return;
        foreach (var d in drafts.ToList())
        {
            switch (d.Link)
            {
                case PendingLink.ThroughGoverning:
                    d.Via ??= ContentSpanFinder.Governing(d, drafts);
                    break;
                case PendingLink.CarriesOther:
                    var target = drafts.LastOrDefault(o => o != d && o.Side != ContentSide.Linked && o.Source is { } src && src.TokenEnd <= d.CueFrom)
                        ?? drafts.FirstOrDefault(o => o != d && o.Side != ContentSide.Linked && o.CueFrom > d.CueFrom);
                    if (target is not null && target.Via is null) target.Via = d;
                    break;
                case PendingLink.CarriesPronoun:
                    var referent = drafts.LastOrDefault(o => o != d && o.CueFrom < d.CueFrom && o.Info is { IsPerson: true })
                        ?? article.LastOrDefault(o => o.Info is { IsPerson: true });
                    if (referent is not null)
                    {
                        referent.Via ??= d;
                        if (referent.Sentence == s) (d.ContentStart, d.ContentEnd, d.Side) = (referent.ContentStart, referent.ContentEnd, ContentSide.Linked);
                    }
                    break;
                case PendingLink.ThroughPhrase when d.ThroughPhrase is { } x:
                    var key = Key(s, x);
                    var carrier = article.LastOrDefault(o => Matches(o, key, roles)) ?? drafts.LastOrDefault(o => o != d && o.CueFrom < d.CueFrom && Matches(o, key, roles));
                    if (carrier is null)
                    {
                        carrier = new AttributionDraft
                        {
                            Sentence = s, Kind = CueKind.Verb, CueFrom = d.CueFrom, CueTo = d.CueFrom + 1, Cue = s.Span(d.CueFrom, d.CueFrom + 1), Source = x,
                            Side = ContentSide.Linked, ContentStart = d.ContentStart, ContentEnd = d.ContentEnd,
                        };
                        carrier.Info = typer.Type(s, x, roles);
                        carrier.Type = carrier.Info.Type;
                        drafts.Insert(drafts.IndexOf(d), carrier);
                    }
                    d.Via = carrier;
                    break;
                case PendingLink.CarriesPrevious:
                    var previous = drafts.LastOrDefault(o => o != d && o.CueFrom < d.CueFrom && o.Side != ContentSide.Linked);
                    if (previous is not null && previous.Via is null) previous.Via = d;
                    break;
            }
        }
        // "according to X, Y said C" / "Y said C, according to X"
        foreach (var p in drafts.Where(o => o.Kind == CueKind.Preposition))
            foreach (var o in drafts.Where(o => o != p && o.Via is null && o.Kind is CueKind.Verb or CueKind.AsVerb && o.Link == PendingLink.None))
                if (o.Source is { } src && (src.TokenStart < p.CueFrom || p.CueFrom < src.TokenStart) && !Within(p, o)) o.Via = p;
        Told(s, drafts, roles);
    }

    private static bool Within(AttributionDraft p, AttributionDraft o) => o.Source!.TokenStart >= p.Source!.TokenStart && o.Source.TokenEnd <= p.Source.TokenEnd;

    // "a commander told Reuters": the commander's words reach us through Reuters.
    private void Told(SentenceView s, List<AttributionDraft> drafts, PersonRoles roles)
    {
        foreach (var d in drafts.ToList())
        {
            var verb = s.Folded[d.CueTo - 1];
            // "told X"; French any reporting verb with its addressee ("a affirmé à l'AFP", "a déclaré au Monde")
            bool toAddressee = s.Lexicon.Language == "fr" && (s.Is(d.CueTo, "à") || s.Is(d.CueTo, "au") || s.Is(d.CueTo, "aux"));
            bool told = verb is "told" or "tells" or "tell" || toAddressee;
            if (d.Kind != CueKind.Verb || d.Via is not null || !told) continue;
            int at = toAddressee ? d.CueTo + 1 : d.CueTo;
            var addressee = SourcePhraseFinder.Right(s, at);
            if (addressee is null) continue;
            var info = typer.Type(s, addressee, roles);
            if (!SourceTyper.IsMediaType(info.Type) && !(info.Type == "journalist" && !info.IsPlural)) continue;
            var channel = new AttributionDraft
            {
                Sentence = s, Kind = CueKind.Verb, CueFrom = d.CueFrom, CueTo = d.CueTo, Cue = d.Cue, Source = addressee, Side = ContentSide.Linked,
                ContentStart = d.ContentStart, ContentEnd = d.ContentEnd, Info = info, Type = info.Type,
            };
            drafts.Insert(drafts.IndexOf(d) + 1, channel);
            d.Via = channel;
        }
    }

    private static string Key(SentenceView s, SourcePhrase x)
    {
        int last = x.TokenEnd - 1;
        while (last > x.TokenStart && !s.IsWord(last)) last--;
        var w = s.Folded[last];
        return w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w;
    }

    private static bool Matches(AttributionDraft o, string key, PersonRoles roles)
    {
        if (o.Source is null) return false;
        return HasWord(o.Source.Text, key) || o.RefersTo is { } r && HasWord(r, key) || HasWord(roles.FullName(o.Source.Text), key);
    }

    // a space-separated word of the text that folds to the key or to the key's possessive
    private static bool HasWord(string text, string key)
    {
        foreach (var range in text.AsSpan().Split(' '))
        {
            var word = text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            if (word.Length == 0 || word.Length != key.Length && word.Length != key.Length + 2) continue;
            var w = PhraseSet.Fold(word.ToString());
            if (w == key || w.Length == key.Length + 2 && w.StartsWith(key, StringComparison.Ordinal) && w.EndsWith("'s", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
