namespace Parallax.Loading;

/// <summary>One pattern rule of <c>paragraph-roles.yaml</c>.</summary>
public sealed class RoleRule
{
    /// <summary>.NET regular expression, matched ignoring case against the trimmed paragraph.</summary>
    public string Pattern { get; set; } = "";
    /// <summary>The paragraph has at most this many words.</summary>
    public int? MaxWords { get; set; }
    /// <summary>any, header, footer or edge (header or footer).</summary>
    public string Zone { get; set; } = "any";
}

/// <summary>The layout thresholds of <c>paragraph-roles.yaml</c>.</summary>
public sealed class RoleLayout
{
    public int BodyMinWords { get; set; } = 12;
    public string SentenceEnd { get; set; } = @"[.!?…:;""”»’)\]]$";
    public int TitleMaxWords { get; set; } = 30;
    public int TitleMinWords { get; set; } = 2;
    public int NameMaxWords { get; set; } = 4;
    public List<string> NameParticles { get; set; } = [];
}

/// <summary>The contents of <c>paragraph-roles.yaml</c>.</summary>
public sealed class ParagraphRoleData
{
    public RoleLayout? Layout { get; set; }
    public List<RoleRule> Boilerplate { get; set; } = [];
    public List<RoleRule> Promo { get; set; } = [];
    public List<RoleRule> Byline { get; set; } = [];
    public List<RoleRule> Caption { get; set; } = [];
    public List<RoleRule> Tagline { get; set; } = [];

    /// <summary>The kit's rules followed by the corpus folder's; the folder's layout replaces the kit's when given.</summary>
    public static ParagraphRoleData For(KitData data) => data.Load<ParagraphRoleData>("paragraph-roles.yaml", (kit, user) => new ParagraphRoleData
    {
        Layout = user.Layout ?? kit.Layout,
        Boilerplate = [.. kit.Boilerplate, .. user.Boilerplate],
        Promo = [.. kit.Promo, .. user.Promo],
        Byline = [.. kit.Byline, .. user.Byline],
        Caption = [.. kit.Caption, .. user.Caption],
        Tagline = [.. kit.Tagline, .. user.Tagline],
    });
}
