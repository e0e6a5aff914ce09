using System.Text.RegularExpressions;

namespace Parallax.Loading;

/// <summary>The compiled rules of <c>paragraph-roles.yaml</c> with the date and name helpers they rely on.</summary>
public sealed partial class ParagraphRules
{
    public RoleLayout Layout { get; }
    public RuleSet Boilerplate { get; }
    public RuleSet Promo { get; }
    public IReadOnlyList<CompiledRule> Byline { get; }
    public RuleSet Caption { get; }
    public RuleSet Tagline { get; }
    public DatelineReader Datelines { get; }
    public NameShape Names { get; }
    public Regex SentenceEnd { get; }

    public ParagraphRules(ParagraphRoleData data, CalendarWords calendar)
    {
        const string file = "paragraph-roles.yaml";
        Layout = data.Layout ?? new RoleLayout();
        var months = calendar.MonthNumbers().Keys;
        var weekdays = calendar.Weekdays();
        var placeholders = new Dictionary<string, string>
        {
            ["month"] = CalendarWords.Alternation(months),
            ["weekday"] = CalendarWords.Alternation(weekdays),
        };
        List<CompiledRule> Compile(List<RoleRule> rules) => rules.Select(r => new CompiledRule(r, placeholders, file)).ToList();
        Boilerplate = new RuleSet(Compile(data.Boilerplate));
        Promo = new RuleSet(Compile(data.Promo));
        Byline = Compile(data.Byline);
        Caption = new RuleSet(Compile(data.Caption));
        Tagline = new RuleSet(Compile(data.Tagline));
        Datelines = new DatelineReader(new DateFinder(calendar));
        Names = new NameShape(Layout.NameParticles, months.Concat(weekdays), Layout.NameMaxWords);
        SentenceEnd = new Regex(Layout.SentenceEnd, RegexOptions.CultureInvariant);
    }

    /// <summary>The rules for a corpus folder (the kit's, extended by the folder's data files).</summary>
    public static ParagraphRules For(KitData data) => new(ParagraphRoleData.For(data), CalendarWords.For(data));

    /// <summary>Words in a paragraph (runs of letters or digits).</summary>
    public static int Words(string text) => WordRun().Count(text);

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*")]
    private static partial Regex WordRun();
}
