using Parallax.Framing;
using Parallax.Pipeline;

namespace Parallax.Frames;

/// <summary>One account of an event: its group (short), article date, the agent named, and the source it comes through (pronouns resolved).</summary>
public sealed record AccountTimelineRow(string Event, string Account, string Article, string Outlet, DateTime? Date, string Agent, string Source, string Sentence);

/// <summary>Competing accounts as rows for tables and the timeline.</summary>
public static class AccountFrames
{
    /// <summary>The text shown when an account is in the outlet's own voice.</summary>
    public const string OwnVoice = "(outlet's own voice)";

    /// <summary>Every account of every group, in the groups' order.</summary>
    public static IReadOnlyList<AccountTimelineRow> Rows(CorpusTags tags, IReadOnlyList<AccountGroup> groups)
    {
        var docs = tags.Documents.ToDictionary(d => d.Id);
        return groups.SelectMany(g => g.Accounts.Select(a =>
        {
            var doc = docs.GetValueOrDefault(a.Article);
            var source = a.Attribution is int i && doc is not null && i >= 0 && i < doc.Attributions.Count
                ? SourcingFrames.SourceName(doc.Attributions[i]) : a.Source ?? OwnVoice;
            return new AccountTimelineRow(a.Event, $"{a.Event} · {Short(g.Description)}", a.Article,
                doc is null ? a.Outlet ?? "" : ArticleLabel.Outlet(doc.Article), doc?.Article.Metadata.PublishedDate, a.Agent, source, a.Sentence);
        })).ToList();
    }

    // "opposition: Islamist forces / Takfiri terrorists" → "opposition"; a named group keeps its name.
    private static string Short(string description) => description.IndexOf(": ", StringComparison.Ordinal) is var k and > 0 ? description[..k] : description;
}
