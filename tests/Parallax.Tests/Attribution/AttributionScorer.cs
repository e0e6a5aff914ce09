using System.Text.Json;
using Parallax.Tests.Support;
using AttributionRecord = Parallax.Attribution.Attribution;

namespace Parallax.Tests.Attribution;

/// <summary>One hand-annotated attribution: source, its type, the cue, and the chain the text states.</summary>
internal sealed record GoldAttribution(string Source, string Type, string Cue, string? Via, string? ViaFor);

/// <summary>
/// Scores found attributions against a hand annotation: a found attribution matches a gold one when the source names
/// the same head or name (directly or through what it refers to) and the cue shares a word stem.
/// </summary>
internal static class AttributionScorer
{
    private static readonly HashSet<string> Function = ["the", "a", "an", "of", "in", "for", "le", "la", "les", "de", "des", "du", "and", "as", "that", "to", "by", "him", "her", "his", "in", "...", "also", "had", "has", "have", "was", "previously", "a", "ont", "l", "d"];

    public static List<GoldAttribution> GoldOf(JsonElement article) =>
        article.GetProperty("attributions").EnumerateArray().Select(g => new GoldAttribution(
            Gold.Plain(g.GetProperty("source").GetString()!), g.GetProperty("source_type").GetString()!, g.GetProperty("cue").GetString()!,
            g.TryGetProperty("via", out var v) ? v.GetString() : null, g.TryGetProperty("via_for", out var vf) ? vf.GetString() : null)).ToList();

    private static List<string> Words(string s) =>
        Parallax.Text.Tokenizer.Tokenize(Gold.Plain(s).Replace('’', '\'')).Where(t => t.IsWord).Select(t => t.Text.ToLowerInvariant())
            .Select(w => w.EndsWith("'s", StringComparison.Ordinal) ? w[..^2] : w)
            .Select(w => w.Length > 2 && w[1] == '\'' ? w[2..] : w).Where(w => !Function.Contains(w)).ToList();

    /// <summary>Head of a source: the last content word before a post-modifier ("correspondent in Ankara" → correspondent).</summary>
    private static string Head(string s)
    {
        var core = Gold.Plain(s);
        foreach (var cut in new[] { " in ", " of ", " for " })
        {
            int i = core.IndexOf(cut, StringComparison.Ordinal);
            if (i > 0 && char.IsLower(core[..i].Split(' ')[^1][0])) { core = core[..i]; break; }
        }
        var w = Words(core);
        return w.Count == 0 ? "" : w[^1];
    }

    public static bool SameSource(string gold, AttributionRecord found) =>
        Same(gold, found.Source) || found.RefersTo is { } r && Same(gold, r);

    private static bool Same(string gold, string found)
    {
        if (Head(gold) == Head(found) && Head(gold).Length > 0) return true;
        var names = Parallax.Text.Tokenizer.Tokenize(gold).Where(t => t.IsWord && t.IsCapitalised && !Function.Contains(t.Text.ToLowerInvariant())).Select(t => t.Text.ToLowerInvariant());
        var f = Words(found);
        return names.Any(n => f.Contains(n.EndsWith("'s") ? n[..^2] : n.Length > 2 && n[1] == '\'' ? n[2..] : n)) && Words(gold).Count <= 3;
    }

    public static bool SameCue(string gold, string found)
    {
        static string Stem(string w) => w.Length > 5 ? w[..5] : w;
        var g = Words(gold).Select(Stem).ToHashSet();
        return Words(found).Select(Stem).Any(g.Contains);
    }

    /// <summary>Counts of one scoring run, with a log of misses, extras and wrong types.</summary>
    public sealed record Scored(int Found, int Gold, int Matched, int TypeRight, int Chains, int ChainsFound, List<string> Log)
    {
        public double Precision => Found == 0 ? 0 : (double)Matched / Found;
        public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
        public double TypeAccuracy => Matched == 0 ? 0 : (double)TypeRight / Matched;
        public override string ToString() =>
            $"found {Found}, gold {Gold}, matched {Matched}: P {Precision:F3} R {Recall:F3} F1 {F1:F3} type {TypeAccuracy:F3} chains {ChainsFound}/{Chains}";
    }

    /// <summary>Scores each (article id, gold list, found list).</summary>
    public static Scored Score(IEnumerable<(string Id, List<GoldAttribution> Gold, IReadOnlyList<AttributionRecord> Found)> articles)
    {
        int found = 0, gold = 0, matched = 0, typeRight = 0, chains = 0, chainsFound = 0;
        var log = new List<string>();
        foreach (var (id, golds, list) in articles)
        {
            var tag = id.Length > 3 ? id[..3] : id;
            found += list.Count;
            gold += golds.Count;
            var used = new HashSet<int>();
            foreach (var g in golds)
            {
                int hit = Enumerable.Range(0, list.Count).FirstOrDefault(i => !used.Contains(i) && SameSource(g.Source, list[i]) && SameCue(g.Cue, list[i].Cue), -1);
                if (hit < 0) { log.Add($"{tag} MISSED {g.Source} | {g.Cue}"); continue; }
                used.Add(hit);
                matched++;
                if (list[hit].SourceType == g.Type) typeRight++;
                else log.Add($"{tag} TYPE {g.Source}: {list[hit].SourceType} (gold {g.Type})");
            }
            for (int i = 0; i < list.Count; i++)
                if (!used.Contains(i)) log.Add($"{tag} EXTRA {list[i].Source} | {list[i].Cue} | {list[i].SourceType}");
            foreach (var g in golds.Where(g => g.Via is not null || g.ViaFor is not null))
            {
                chains++;
                // "via": this source is reached through g.Via; "via_for": g.ViaFor is reached through this source
                var (reached, through) = g.Via is not null ? (g.Source, g.Via) : (g.ViaFor!, g.Source);
                if (list.Any(a => SameSource(reached, a) && a.Via is int v && SameSource(through, list[v]))) chainsFound++;
                else log.Add($"{tag} CHAIN MISSED {reached} via {through}");
            }
        }
        return new Scored(found, gold, matched, typeRight, chains, chainsFound, log);
    }
}
