namespace Parallax.Synth;

/// <summary>
/// Writes any article of a synthetic corpus from its spec: an original from its own plan, a translation by rendering
/// its source's plan in French, a repost by copying its source's body paragraphs under a new headline.
/// </summary>
public sealed class ArticleComposer(SynthWorld world, OutletPool outlets, ArticleSpecs specs)
{
    public ArticleSpecs Specs => specs;

    public SynthArticle Compose(int index) => Compose(specs.For(index));

    public SynthArticle Compose(ArticleSpec spec)
    {
        switch (spec.Kind)
        {
            case ArticleKind.Translation:
                {
                    var src = specs.For(spec.Source);
                    var plan = ArticlePlan.Make(world, src.Event, src.PlanSeed, src.TargetWords);
                    var paragraphs = new ArticleRendering(world, outlets, spec, plan, src.Outlet.Stance, src.Outlet).Render();
                    return new SynthArticle(spec, paragraphs[0].Text, paragraphs, 0);
                }
            case ArticleKind.Repost:
                {
                    var src = specs.For(spec.Source);
                    var plan = ArticlePlan.Make(world, src.Event, src.PlanSeed, src.TargetWords);
                    var source = new ArticleRendering(world, outlets, src, plan, src.Outlet.Stance, src.Outlet).Render();
                    var body = source.Where(p => p.Role is ParagraphRole.Body or ParagraphRole.Caption).ToList();
                    var r = new SynthRandom(spec.Seed);
                    int keep = Math.Max(1, (int)Math.Ceiling(body.Count * (0.6 + 0.4 * r.Unit())));
                    var own = new ArticleRendering(world, outlets, spec, plan, spec.Outlet.Stance, spec.Outlet);
                    var headline = own.RenderOne("headline", ParagraphRole.Headline, r.Next(), avoid: plan.Paragraphs[0].Sentences[0].Template);
                    var list = new List<RenderedParagraph> { headline };
                    list.AddRange(body.Take(keep));
                    if (r.Chance(0.5)) list.Add(own.RenderOne("repost_note", ParagraphRole.Boilerplate, r.Next(), src.Outlet));
                    return new SynthArticle(spec, headline.Text, list, keep);
                }
            default:
                {
                    var plan = ArticlePlan.Make(world, spec.Event, spec.PlanSeed, spec.TargetWords);
                    var paragraphs = new ArticleRendering(world, outlets, spec, plan, spec.Outlet.Stance, spec.Outlet).Render();
                    return new SynthArticle(spec, paragraphs[0].Text, paragraphs, 0);
                }
        }
    }
}
