using System.Text.Json;

namespace Parallax.Tests.Support;

/// <summary>The gold annotation of the sample corpus (../shared/gold/seeds.gold.json), read as JSON.</summary>
public static class Gold
{
    private static readonly Lazy<JsonDocument> Doc = new(() => JsonDocument.Parse(File.ReadAllText(Repo.GoldFile)));

    public static JsonElement Root => Doc.Value.RootElement;

    public static IEnumerable<JsonElement> Articles => Root.GetProperty("articles").EnumerateArray();

    public static JsonElement Article(string id) => Articles.First(a => a.GetProperty("id").GetString() == id);

    public static string Id(JsonElement article) => article.GetProperty("id").GetString()!;

    /// <summary>Gold strings are written with plain spaces where the texts have no-break spaces.</summary>
    public static string Plain(string s) => s.Replace('\u00A0', ' ');

    public static IEnumerable<string> Strings(JsonElement e, string property) =>
        e.TryGetProperty(property, out var p) && p.ValueKind == JsonValueKind.Array ? p.EnumerateArray().Select(x => x.GetString()!) : [];
}
