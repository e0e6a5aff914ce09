namespace Parallax.Framing;

/// <summary>
/// One account of the central event: a sentence that states a cause or agent of the death ("killed by X", "while
/// fighting X", "tué par X"), the agent phrase, its side, the group of equivalent agents it belongs to, the article
/// and its date, and the attribution that carries the claim (<see cref="Source"/>, null when the outlet says it itself).
/// </summary>
public sealed record Account(
    string Event,
    string Article,
    string? Outlet,
    string? Published,
    int Start,
    int End,
    string Sentence,
    string Term,
    string Manner,
    string Agent,
    int AgentStart,
    int AgentEnd,
    string? AgentSide,
    string Group,
    int? Attribution,
    string? Source);

/// <summary>The accounts of one event that name equivalent agents ("Takfiri terrorists", "Assad's opposition forces").</summary>
public sealed record AccountGroup(string Event, string Key, string Description, IReadOnlyList<Account> Accounts)
{
    public IEnumerable<string> Articles => Accounts.Select(a => a.Article).Distinct();
    public IEnumerable<string> Sources => Accounts.Select(a => a.Source).OfType<string>().Distinct();
}
