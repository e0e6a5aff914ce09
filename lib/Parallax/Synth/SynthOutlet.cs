namespace Parallax.Synth;

/// <summary>
/// An outlet articles are attributed to: a registry outlet or an invented local one. <see cref="Stance"/> is
/// "aligned" (close to the government side) or "critical"; it decides the actor labels and death phrases.
/// </summary>
public sealed class SynthOutlet
{
    private readonly Dictionary<string, SpellingStyle> _styles = new(StringComparer.Ordinal);

    public SynthOutlet(string name, IReadOnlyList<string> languages, string type, string? country, string stance, string domain, bool invented, SynthWorld world)
    {
        Name = name;
        Languages = languages;
        Type = type;
        Country = country;
        Stance = stance;
        Domain = domain;
        Invented = invented;
        foreach (var l in languages) _styles[l] = new SpellingStyle(name, l, world);
    }

    public string Name { get; }
    public IReadOnlyList<string> Languages { get; }
    public string Type { get; }
    public string? Country { get; }
    public string Stance { get; }
    public string Domain { get; }
    public bool Invented { get; }

    /// <summary>How this outlet writes names in a language.</summary>
    public SpellingStyle Style(string language) => _styles.TryGetValue(language, out var s) ? s : _styles.Values.First();

    public override string ToString() => Name;
}
