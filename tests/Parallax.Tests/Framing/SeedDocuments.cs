using Parallax.Pipeline;
using Parallax.Tests.Support;

namespace Parallax.Tests.Framing;

/// <summary>The seed articles with metadata from the gold file (event, date, language), for framing tests on this branch.</summary>
internal static class SeedDocuments
{
    private static readonly Lazy<IReadOnlyList<Article>> Articles = new(() =>
        Corpus.Load(Repo.Seeds).Articles.Select(a =>
        {
            var m = Gold.Article(a.Id).GetProperty("metadata");
            string? S(string f) => m.TryGetProperty(f, out var v) && v.ValueKind == System.Text.Json.JsonValueKind.String ? v.GetString() : null;
            var meta = a.Metadata with { Event = S("event"), Published = S("published"), Outlet = S("outlet"), Title = S("title") };
            return a with { Metadata = meta, Language = S("language") };
        }).ToList());

    public static IReadOnlyList<Article> All => Articles.Value;

    public static Article Get(string prefix) => All.First(a => a.Id.StartsWith(prefix, StringComparison.Ordinal));

    /// <summary>Runs the taggers over a document.</summary>
    public static Document Tag(Document d, params IArticleTagger[] taggers)
    {
        foreach (var t in taggers) d = t.Tag(d);
        return d;
    }
}
