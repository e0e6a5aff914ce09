namespace Parallax.Framing;

/// <summary>
/// Decides the side of a label from its words and context, in this order: what it opposes ("opposed to the
/// government", "Assad's opposition"); a head with a fixed side ("rebels", "regime"; a foreign "government" is a
/// foreign backer); what it supports or is backed by ("pro-Assad", "Assad's forces", "the army of leader X");
/// a named group; a modifier ("Islamist"); a nationality ("Syrian army" where Syria is the country reported on).
/// Returns <see cref="Sides.Context"/> when nothing decides (allies and conjuncts are settled afterwards).
/// </summary>
public sealed class SideResolver(ActorLexicon lexicon, Countries countries)
{
    public string Resolve(LabelCandidate c, ArticleContext ctx)
    {
        foreach (var (rel, target) in c.Relations)
            if (rel == ActorRelation.Opposing && Sides.Opposite(TargetSide(target, ctx)) is { } opposed) return opposed;
        if (c.CapitalOf is { } capital) return ctx.SideOf(capital);
        foreach (var h in c.Heads)
        {
            if (h.Side is Sides.Context or Sides.Other) continue;
            if (h.Side == Sides.Government && c.Nationalities.Count > 0) return ctx.SideOf(c.Nationalities[0]);
            return h.Side;
        }
        var supported = c.Relations.Where(r => r.Relation == ActorRelation.Supporting).Select(r => TargetSide(r.Target, ctx)).Where(x => x is not null).ToList();
        if (supported.FirstOrDefault(x => x is Sides.Government or Sides.Opposition) is { } main) return main;
        if (c.Named is { } n) return n.Side;
        if (c.ModifierSides.Count > 0) return c.ModifierSides[0];
        if (c.Nationalities.Count > 0) return ctx.SideOf(c.Nationalities[0]);
        if (supported.FirstOrDefault() is { } other) return other;
        return c.Heads.Any(h => h.Side == Sides.Other) ? Sides.Other : Sides.Context;
    }

    /// <summary>The side of an actor named by <paramref name="target"/>, or null when the words do not say.</summary>
    public string? TargetSide(IReadOnlyList<WordToken> target, ArticleContext ctx)
    {
        foreach (var t in target)
            if (lexicon.Head(t) is { Side: not (Sides.Context or Sides.Other), Standalone: true } h)
                return h.Side == Sides.Government && CountryIn(target) is { } c ? ctx.SideOf(c) : h.Side;
        for (int i = 0; i < target.Count; i++)
            if (lexicon.Named(target, i) is { } n) return n.Group.Side;
        foreach (var t in target)
            if (ctx.RulerSide(ActorLexicon.NameKey(t.Text)) is { } ruler) return ruler;
        for (int i = 0; i < target.Count; i++)
            if (lexicon.RulerTitle(target, i) > 0) return CountryIn(target) is { } c ? ctx.SideOf(c) : Sides.Government;
        return CountryIn(target) is { } country ? ctx.SideOf(country) : null;
    }

    private Country? CountryIn(IReadOnlyList<WordToken> target)
    {
        for (int i = 0; i < target.Count; i++)
            if (countries.At(target, i) is { } c) return c.Country;
        return null;
    }
}
