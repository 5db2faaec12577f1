using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;

namespace CivicCrm.KnowledgeBase.Endpoints;

/// <summary>One item in the exchange format the import and the recipe step read.</summary>
public static class KnowledgeBaseExport
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    public static JsonObject ToJson(ContentItem item, KnowledgeBasePart part, CategoryTree tree)
    {
        var json = new JsonObject
        {
            ["externalId"] = part.ExternalId ?? item.ContentItemId,
            ["type"] = KnowledgeBaseTypes.ToKind(item.ContentType),
            ["title"] = item.DisplayText,
            ["summary"] = part.Summary,
            ["body"] = part.Body,
            ["bodyFormat"] = part.BodyFormat,
            ["categories"] = new JsonArray(part.Categories.Select(s => (JsonNode?)JsonValue.Create(tree.NameOf(s))).ToArray()),
            ["tags"] = new JsonArray(part.TagList.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
            ["audience"] = part.Audience,
            ["published"] = item.Published && part.Status == KnowledgeBaseStatus.Published,
            ["relatedRequestTypes"] = new JsonArray(part.RequestTypeList.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()),
            ["reportRequestType"] = part.ReportRequestType,
            ["reviewBy"] = part.ReviewBy,
        };
        if (part.Steps.Count > 0)
        {
            json["steps"] = JsonSerializer.SerializeToNode(part.Steps, Web);
        }

        return json;
    }
}
