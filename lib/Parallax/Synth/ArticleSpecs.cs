namespace Parallax.Synth;

/// <summary>Makes the <see cref="ArticleSpec"/> of any article index of a corpus.</summary>
public sealed class ArticleSpecs
{
    private readonly SynthOptions _o;
    private readonly OutletPool _outlets;
    private readonly int _idWidth;

    public ArticleSpecs(SynthOptions options, SynthWorld world, OutletPool outlets)
    {
        _o = options;
        _outlets = outlets;
        _idWidth = Math.Max(6, options.Articles.ToString(System.Globalization.CultureInfo.InvariantCulture).Length);
        Events = SynthEvent.MakeAll(options.Seed, Math.Max(1, (options.Articles + options.ArticlesPerEvent - 1) / options.ArticlesPerEvent),
            options.Start, options.PeriodDays, world);
    }

    public IReadOnlyList<SynthEvent> Events { get; }

    public string IdOf(int index) => "synth-" + index.ToString("D" + _idWidth, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The spec of article <paramref name="index"/>.</summary>
    public ArticleSpec For(int index)
    {
        var r = SynthRandom.For(_o.Seed, "article", index);
        var kind = KindDraw(r.Unit());
        if (kind != ArticleKind.Original && index > 0)
        {
            for (int attempt = 0; attempt < 12; attempt++)
            {
                int j = index - 1 - r.Below(Math.Min(index, 60));
                if (BaseKind(j) != ArticleKind.Original) continue;
                var src = Original(j);
                if (kind == ArticleKind.Translation && src.Language != "en") continue;
                return kind == ArticleKind.Translation ? Translation(index, src, ref r) : Repost(index, src, ref r);
            }
        }
        return Original(index);
    }

    private ArticleKind KindDraw(double u) =>
        u < _o.TranslationShare ? ArticleKind.Translation : u < _o.TranslationShare + _o.RepostShare ? ArticleKind.Repost : ArticleKind.Original;

    private ArticleKind BaseKind(int index)
    {
        var r = SynthRandom.For(_o.Seed, "article", index);
        return index == 0 ? ArticleKind.Original : KindDraw(r.Unit());
    }

    private ArticleSpec Original(int index)
    {
        var r = SynthRandom.For(_o.Seed, "original", index);
        var lang = r.Chance(_o.FrenchShare) ? "fr" : "en";
        var outlet = r.Pick(_outlets.ByLanguage[lang]);
        var ev = Events[r.Below(Events.Count)];
        var published = ev.Date.ToDateTime(new TimeOnly(r.Between(5, 23), r.Below(60))).AddDays(r.Below(4));
        int words = (int)Math.Clamp(_o.MeanWords * (1 + 0.35 * r.Normal()), _o.MeanWords / 4.0, _o.MeanWords * 3.0);
        return new ArticleSpec(index, IdOf(index), ArticleKind.Original, -1, ev, outlet, lang, published, r.Next(), words, r.Next());
    }

    private ArticleSpec Translation(int index, ArticleSpec src, ref SynthRandom r)
    {
        var outlet = Other(_outlets.ByLanguage["fr"], src.Outlet, ref r);
        var later = src.Published.AddMinutes(r.Between(30, 600));
        if (later.Date != src.Published.Date) later = src.Published.Date.AddHours(23).AddMinutes(59);
        return src with { Index = index, Id = IdOf(index), Kind = ArticleKind.Translation, Source = src.Index, SourceId = src.Id, Outlet = outlet, Language = "fr", Published = later, Seed = r.Next() };
    }

    private ArticleSpec Repost(int index, ArticleSpec src, ref SynthRandom r)
    {
        var outlet = Other(_outlets.ByLanguage[src.Language], src.Outlet, ref r);
        return src with { Index = index, Id = IdOf(index), Kind = ArticleKind.Repost, Source = src.Index, SourceId = src.Id, Outlet = outlet, Published = src.Published.AddHours(r.Between(1, 40)), Seed = r.Next() };
    }

    private static SynthOutlet Other(IReadOnlyList<SynthOutlet> pool, SynthOutlet not, ref SynthRandom r)
    {
        for (int i = 0; i < 8; i++)
        {
            var o = r.Pick(pool);
            if (o != not) return o;
        }
        return pool.First(o => o != not);
    }
}
