using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.Benchmarks;

/// <summary>The request types of the demo recipe's <c>requestTypes</c> step (questions left out: lookups never read them).</summary>
public static class DemoRequestTypes
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static IReadOnlyList<RequestType> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "recipes", "civic-demo.recipe.json");
        var recipe = JsonNode.Parse(File.ReadAllText(path))!;
        var step = recipe["steps"]!.AsArray().Single(s => s!["name"]!.GetValue<string>() == "requestTypes")!;
        return step["types"]!.AsArray().Select(node =>
        {
            var type = node!.DeepClone().AsObject();
            type.Remove("questions");
            return type.Deserialize<RequestType>(Options)!;
        }).ToList();
    }
}
