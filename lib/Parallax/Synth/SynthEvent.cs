namespace Parallax.Synth;

/// <summary>
/// One event the articles cover: a person killed in an attack at a place on a date, with the people who speak about it,
/// the group and the monitor involved, and the toll. <see cref="VictimSide"/> is "opposition" or "allies".
/// </summary>
public sealed record SynthEvent(
    string Id, DateOnly Date, PlaceData Place, string CountryKey, SynthPerson Victim, int VictimTitle, int VictimRole,
    string VictimSide, SynthPerson Official, int OfficialRole, SynthPerson Analyst, int AnalystRole,
    int Group, int Monitor, int Attack, int Killed, int Wounded)
{
    /// <summary>The events of a corpus: <paramref name="count"/> of them spread over the period, in date order.</summary>
    public static IReadOnlyList<SynthEvent> MakeAll(ulong seed, int count, DateOnly start, int periodDays, SynthWorld world)
    {
        var list = new List<SynthEvent>(count);
        for (int e = 0; e < count; e++)
        {
            var r = SynthRandom.For(seed, "event", e);
            var d = world.Data;
            var place = r.Pick(d.Places);
            var day = (int)((long)e * Math.Max(1, periodDays) / Math.Max(1, count));
            var date = start.AddDays(day);
            var victim = SynthPerson.Make(ref r, world.People);
            var official = SynthPerson.Make(ref r, world.People) with { Honoured = false };
            var analyst = SynthPerson.Make(ref r, world.People) with { Honoured = false };
            list.Add(new SynthEvent(
                $"ev{e:0000}-{OutletPool.Slug(place.En)}-{date:yyyyMMdd}", date, place, place.Country, victim,
                r.Below(world.People.VictimTitles.Count), r.Below(world.VictimRoles.Count), r.Chance(0.5) ? "opposition" : "allies",
                official, r.Below(world.People.OfficialRoles.Count), analyst, r.Below(world.People.AnalystRoles.Count),
                r.Below(d.Groups.Count), r.Below(d.Monitors.Count), r.Below(d.Attacks.Count), r.Between(2, 60), r.Between(1, 90)));
        }
        return list;
    }
}
