using Parallax.Reuse;
using Parallax.Text;

namespace Parallax.Framing;

/// <summary>
/// Competing accounts of each event: articles are grouped by their <c>event</c> field (or, without one, by their main
/// person); each event's accounts are found, grouped by equivalent agents (the same named group across languages,
/// weapons of the same side, or the same side; "the shooter" joins the account before it in the article), and listed
/// in time order.
/// </summary>
public sealed class CompetingAccounts(AccountFinder finder, MainPerson mainPerson, ActorLexicon lexicon, Countries countries, IEnumerable<string> instruments)
{
    private readonly HashSet<string> _instruments = instruments.Select(WordForm.Fold).ToHashSet(StringComparer.Ordinal);

    public static CompetingAccounts For(KitData data)
    {
        var lexicon = ActorLexicon.For(data);
        var countries = Countries.For(data);
        var splitter = SentenceSplitter.For(data);
        var terms = EventTermList.For(data);
        return new(new AccountFinder(lexicon, countries, terms, splitter),
            new MainPerson(lexicon, countries, Exonyms.For(data), splitter), lexicon, countries, terms.AgentInstruments);
    }

    /// <summary>Account groups per event, events and groups in time order. Documents need their event terms (and attributions, for sources).</summary>
    public IReadOnlyList<AccountGroup> Of(IReadOnlyList<Document> documents)
    {
        var groups = new List<AccountGroup>();
        foreach (var (eventKey, docs) in Events(documents))
        {
            var main = mainPerson.Of(docs);
            var accounts = docs.SelectMany(d => finder.Find(d, eventKey, main)).ToList();
            var keyed = new List<Account>();
            foreach (var byArticle in accounts.GroupBy(a => a.Article))
            {
                string? previous = null;
                foreach (var a in byArticle.OrderBy(a => a.AgentStart))
                {
                    var key = KeyOf(a) ?? previous ?? "unknown:" + WordForm.Fold(a.Agent);
                    keyed.Add(a with { Group = key });
                    previous = key;
                }
            }
            foreach (var g in keyed.GroupBy(a => a.Group))
            {
                var ordered = g.OrderBy(a => a.Published ?? "9999", StringComparer.Ordinal).ThenBy(a => a.Article, StringComparer.Ordinal).ThenBy(a => a.Start).ToList();
                groups.Add(new AccountGroup(eventKey, g.Key, Describe(g.Key, ordered), ordered));
            }
        }
        return groups.OrderBy(g => g.Event, StringComparer.Ordinal)
            .ThenBy(g => g.Accounts[0].Published ?? "9999", StringComparer.Ordinal).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
    }

    private IEnumerable<(string Event, IReadOnlyList<Document> Docs)> Events(IReadOnlyList<Document> documents)
    {
        foreach (var g in documents.Where(d => d.Article.Metadata.Event is not null).GroupBy(d => d.Article.Metadata.Event!))
            yield return (g.Key, g.ToList());
        var rest = documents.Where(d => d.Article.Metadata.Event is null).ToList();
        foreach (var g in rest.GroupBy(d => mainPerson.Of([d]).FirstOrDefault() is { } p ? "person:" + p : "unassigned"))
            yield return (g.Key, g.ToList());
    }

    // Equivalent agents: a named group (across languages), a weapon of one side, a country, a side; null when the agent does not say.
    private string? KeyOf(Account a)
    {
        var toks = WordToken.Read(a.Agent, 0, a.Agent.Length);
        for (int i = 0; i < toks.Count; i++)
            if (lexicon.Named(toks, i) is { } n) return "named:" + n.Group.Name;
        for (int i = 0; i + 2 < toks.Count; i++)
            if (toks[i].Text == "(" && toks[i + 1].IsAcronym && toks[i + 2].Text == ")") return "named:" + toks[i + 1].Text;
        if (toks.Any(t => _instruments.Contains(t.Bare))) return (a.AgentSide ?? "unknown") + ":strike";
        if (a.AgentSide is { } side) return "side:" + side;
        for (int i = 0; i < toks.Count; i++)
            if (countries.At(toks, i) is { } c) return "country:" + c.Country.Name;
        return null;
    }

    private static string Describe(string key, IReadOnlyList<Account> accounts)
    {
        var agents = string.Join(" / ", accounts.Select(a => a.Agent).Distinct().Take(4));
        var what = key switch
        {
            _ when key.StartsWith("named:", StringComparison.Ordinal) => key[6..],
            _ when key.EndsWith(":strike", StringComparison.Ordinal) => key[..^7] + " strike",
            _ when key.StartsWith("side:", StringComparison.Ordinal) => key[5..],
            _ => key,
        };
        return $"{what}: {agents}";
    }
}
