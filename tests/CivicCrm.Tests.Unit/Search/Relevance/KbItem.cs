using System.Text.Json;
using System.Text.Json.Nodes;

namespace CivicCrm.Tests.Unit.Search.Relevance;

/// <summary>A knowledge-base item of the demo set (the demo recipe's <c>knowledgeBase</c> step), as text fields.</summary>
internal sealed record KbItem(string ExternalId, string Type, string Title, string Summary, string Body, IReadOnlyList<string> Categories, string Tags, string Audience)
{
    /// <summary>
    /// The published items of a recipe's <c>knowledgeBase</c> step, of <c>{ categories, items }</c> or of an import array;
    /// a script's steps count as its body.
    /// </summary>
    public static IReadOnlyList<KbItem> Load(string path)
    {
        var root = JsonNode.Parse(File.ReadAllText(path))!;
        if (root["steps"] is JsonArray steps)
        {
            root = steps.Single(s => s!["name"]!.GetValue<string>() == "knowledgeBase")!;
        }

        var items = root is JsonArray array ? array : root["items"]!.AsArray();
        return items.OfType<JsonObject>()
            .Where(i => i["published"] is not JsonValue published || published.GetValueKind() != JsonValueKind.False)
            .Select(i => new KbItem(
                Text(i["externalId"]),
                Text(i["type"]),
                Text(i["title"]),
                Text(i["summary"]),
                string.Join("\n", new[] { Text(i["body"]), Flatten(i["steps"]) }.Where(t => t.Length > 0)),
                i["categories"] is JsonArray categories ? categories.Select(Text).ToList() : [],
                Flatten(i["tags"]),
                i["audience"] is null ? "public" : Text(i["audience"])))
            .ToList();
    }

    private static string Text(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : "";

    /// <summary>Every string inside a value, in order (tags, or a script's steps with their prompts).</summary>
    private static string Flatten(JsonNode? node) => node switch
    {
        JsonArray array => string.Join("\n", array.Select(Flatten).Where(t => t.Length > 0)),
        JsonObject obj => string.Join("\n", obj.Where(p => p.Key is not ("id" or "next" or "goto")).Select(p => Flatten(p.Value)).Where(t => t.Length > 0)),
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => "",
    };
}

/// <summary>A labelled query: residents' phrasing, and the items that answer it.</summary>
internal sealed record LabelledQuery(string Query, IReadOnlyList<string> Relevant)
{
    public static IReadOnlyList<LabelledQuery> Load(string path) =>
        JsonNode.Parse(File.ReadAllText(path))!.AsArray().OfType<JsonObject>()
            .Select(q => new LabelledQuery(q["query"]!.GetValue<string>(), q["relevant"]!.AsArray().Select(r => r!.GetValue<string>()).ToList()))
            .ToList();
}
