using Parallax.Names;

namespace Parallax.Attribution;

/// <summary>
/// Resolves pronoun and description sources to the latest compatible source before them in the article: "He added"
/// to the latest person, "it" to the latest organisation, "The official added" to the latest source with the same head,
/// "The report noted" to the latest news source, "The Turkish journalist" to the latest journalist, "The outlets" to the
/// latest media. A resolved source takes its referent's type. With no earlier source, a person pronoun falls back to
/// the latest person name of the names layer, when there is one.
/// </summary>
public sealed class ReferenceResolver(SourceLexicon lex)
{
    public void Resolve(IReadOnlyList<AttributionDraft> drafts, PersonRoles roles, IReadOnlyList<Mention> mentions)
    {
        for (int i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Info is not { } info || d.Source is null) continue;
            AttributionDraft? referent = info.Form switch
            {
                SourceForm.Pronoun when AnySingular(d, info) => Latest(drafts, i, o => Singular(o) && SameGender(info, o))
                    ?? Latest(drafts, i, o => Compatible(info.Pronoun, o)),
                SourceForm.Pronoun => Latest(drafts, i, o => Compatible(info.Pronoun, o) && SameGender(info, o))
                    ?? Latest(drafts, i, o => Compatible(info.Pronoun, o)),
                SourceForm.Description => Latest(drafts, i, o => Describes(d, info, o, roles)),
                _ => null,
            };
            if (referent is not null)
            {
                d.RefersTo = roles.FullName(referent.RefersTo ?? referent.Source!.Text);
                d.Type = referent.Type;
                d.Info = info with { IsPerson = referent.Info?.IsPerson ?? info.IsPerson };
            }
            else if (info.Form == SourceForm.Pronoun && info.Pronoun == PronounClass.Person
                     && mentions.LastOrDefault(m => m.Kind == MentionKind.Person && m.End <= d.Source.Start) is { } person)
            {
                d.RefersTo = roles.FullName(person.Text);
                d.Type = roles.TypeOf(person.Text) ?? d.Type;
            }
        }
    }

    private static AttributionDraft? Latest(IReadOnlyList<AttributionDraft> drafts, int i, Func<AttributionDraft, bool> ok)
    {
        for (int k = i - 1; k >= 0; k--)
            if (drafts[k].Source is not null && drafts[k].Info is not null && drafts[k].Type != "unattributed" && ok(drafts[k])) return drafts[k];
        return null;
    }

    /// <summary>
    /// A gendered singular pronoun (French il/elle) stands for people and things alike ("Le ministère ... Il a ajouté"):
    /// it resolves to the latest singular source of its gender, unless it introduces a direct quotation, which people utter.
    /// </summary>
    private static bool AnySingular(AttributionDraft d, SourceInfo info)
    {
        if (info.Gender is null || info.Pronoun != PronounClass.Person) return false;
        var t = d.Sentence.Text;
        return !(d.ContentStart >= 0 && d.ContentStart < t.Length && t[d.ContentStart] is '«' or '"' or '“' or '‹');
    }

    private static bool Singular(AttributionDraft o) => !o.Info!.IsPlural && o.Kind is not (CueKind.Citing or CueKind.ReverseCiting or CueKind.Credit);

    private static bool SameGender(SourceInfo info, AttributionDraft o) => info.Gender is null || o.Info!.Gender is null || o.Info.Gender == info.Gender;

    private static bool Compatible(PronounClass pronoun, AttributionDraft o) => pronoun switch
    {
        PronounClass.Person => o.Info!.IsPerson,
        PronounClass.Thing => !o.Info!.IsPerson && !o.Info.IsPlural || SourceTyper.IsMediaType(o.Type) && !o.Info.IsPlural,
        PronounClass.Plural => o.Info!.IsPlural || !o.Info.IsPerson,
        _ => false,
    };

    private bool Describes(AttributionDraft d, SourceInfo info, AttributionDraft o, PersonRoles roles)
    {
        var oi = o.Info!;
        bool match;
        if (lex.ReportNouns.Contains(info.Head))
            match = SourceTyper.IsMediaType(o.Type) || o.Type == "journalist" || o.Cue.Contains("report", StringComparison.OrdinalIgnoreCase) || lex.ReportNouns.Contains(oi.Head);
        else if (info.Type == "monitor") match = o.Type == "monitor";
        else if (lex.JournalistTitles.Contains(info.Head)) match = o.Type == "journalist" && oi.IsPerson;
        else if (lex.MediaNouns.Contains(info.Head)) match = SourceTyper.IsMediaType(o.Type) && oi.IsPlural == info.IsPlural || SourceTyper.IsMediaType(o.Type) && lex.MediaNouns.Contains(oi.Head);
        else match = Singular(oi.Head) == Singular(info.Head) && oi.Form != SourceForm.Pronoun;
        if (!match) return false;
        // modifiers of the description ("The Turkish journalist", "la télévision d'État syrienne") must fit what is known of the referent
        var s = d.Sentence;
        var known = Parallax.Text.Tokenizer.Tokenize(o.Source!.Text + " " + (o.RefersTo ?? "") + " " + roles.DescriptionOf(o.RefersTo ?? o.Source.Text)
            + " " + (o.Source.Appositive.Start >= 0 ? o.Sentence.Text[o.Source.Appositive.Start..o.Source.Appositive.End] : "")).Select(t => PhraseSet.Fold(t.Text)).ToHashSet();
        for (int k = d.Source!.TokenStart; k < d.Source.TokenEnd; k++)
        {
            var w = s.Folded[k];
            if (!s.IsWord(k) || s.Lexicon.Determiners.Contains(w) || s.Lexicon.Inner.Contains(w) || w == info.Head || w.EndsWith(info.Head, StringComparison.Ordinal)
                || lex.MonitorNouns.MatchAt(s.FoldedList, k, d.Source.TokenEnd) > 1) continue;
            if (!known.Contains(w)) return false;
        }
        return true;
    }

    private static string Singular(string w) => w.Length > 3 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;
}
