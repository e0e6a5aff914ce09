using System.Text.Json;
using System.Text.Json.Nodes;
using Parallax.Pipeline;
using Parallax.Tags;

namespace Parallax.Tests.Adversarial;

/// <summary>The tags document of a corpus parses, keeps every text exactly, and survives a parse–write–parse round trip.</summary>
public static class TagsJsonCheck
{
    /// <summary>Problems found (empty when the JSON is sound).</summary>
    public static List<string> Problems(CorpusTags tags, string json)
    {
        var problems = new List<string>();
        JsonNode? root;
        try { root = JsonNode.Parse(json); }
        catch (JsonException e) { return [$"tags JSON does not parse: {e.Message}"]; }
        if (root?["schema"]?.GetValue<string>() != TagsJson.Schema) problems.Add("tags JSON has no parallax.tags/1 schema");
        var articles = root?["articles"]?.AsArray() ?? [];
        if (articles.Count != tags.Documents.Count) problems.Add($"tags JSON has {articles.Count} articles, the corpus {tags.Documents.Count}");
        foreach (var (node, doc) in articles.Zip(tags.Documents))
        {
            if (node?["id"]?.GetValue<string>() != doc.Id) problems.Add($"article id '{node?["id"]}' should be '{doc.Id}'");
            if (node?["text"]?.GetValue<string>() != doc.Text) problems.Add($"{doc.Id}: text changed in the JSON");
            var mentions = node?["mentions"]?.AsArray() ?? [];
            foreach (var (m, mention) in mentions.Zip(doc.Mentions))
                if (m?["text"]?.GetValue<string>() != mention.Text) problems.Add($"{doc.Id}: mention '{mention.Text}' changed in the JSON");
            if (mentions.Count != doc.Mentions.Count) problems.Add($"{doc.Id}: {mentions.Count} mentions in the JSON, {doc.Mentions.Count} tagged");
        }
        var again = JsonNode.Parse(root!.ToJsonString());
        if (!JsonNode.DeepEquals(root, again)) problems.Add("tags JSON does not round-trip (parse, write, parse)");
        return problems;
    }
}
