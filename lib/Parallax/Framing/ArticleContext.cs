namespace Parallax.Framing;

/// <summary>
/// What an article says about its setting, read before labels get sides: the country it reports on (<see cref="Home"/>)
/// and the people it names as heads of a government ("President X", "leader X", "the X regime", "le régime de X").
/// </summary>
public sealed record ArticleContext(Country? Home, IReadOnlyDictionary<string, Country?> Rulers)
{
    /// <summary>The side of a country's state: the government when it is the country reported on, else a foreign backer.</summary>
    public string SideOf(Country country) => Home is null || ReferenceEquals(country, Home) ? Sides.Government : Sides.ForeignBacker;

    /// <summary>The side of a person named as a ruler, or null when the name is not one.</summary>
    public string? RulerSide(string nameKey) =>
        Rulers.TryGetValue(nameKey, out var c) ? c is null ? Sides.Government : SideOf(c) : null;
}

/// <summary>The side names used in labels.</summary>
public static class Sides
{
    public const string Opposition = "opposition";
    public const string Government = "government";
    public const string ForeignBacker = "foreign-backer";
    public const string Other = "other";
    public const string Context = "context";

    /// <summary>The side an actor opposing one of <paramref name="side"/> is on.</summary>
    public static string? Opposite(string? side) => side switch
    {
        Government => Opposition,
        Opposition => Government,
        ForeignBacker => Opposition,
        _ => null,
    };
}
