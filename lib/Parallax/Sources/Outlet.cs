namespace Parallax.Sources;

/// <summary>
/// A news outlet or agency from the registry: its names, source type (state-media, wire, broadcaster, newspaper,
/// monitor, aggregator), country, the state it is affiliated with (null when independent) and owner.
/// </summary>
public sealed class Outlet
{
    public string Name { get; set; } = "";
    public List<string> Aliases { get; set; } = [];
    public string Type { get; set; } = "newspaper";
    public string? Country { get; set; }
    public string? State { get; set; }
    public string? Owner { get; set; }
    public string? Url { get; set; }

    /// <summary>The name and every alias.</summary>
    public IEnumerable<string> Names => Aliases.Prepend(Name);

    public override string ToString() => Name;
}

/// <summary>Schema of <c>outlets.yaml</c>.</summary>
public sealed class OutletList
{
    public List<Outlet> Outlets { get; set; } = [];
}
