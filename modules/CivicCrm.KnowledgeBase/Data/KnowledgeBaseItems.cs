using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Data;

/// <summary>Reads and writes the knowledge base part of an item, with field names as the definitions declare them.</summary>
public static class KnowledgeBaseItems
{
    public const string PartName = nameof(KnowledgeBasePart);

    // Declared fields are stored under their defined (Pascal case) names; the platform's Web options would write camel case.
    private static readonly JsonSerializerOptions Pascal = new() { PropertyNameCaseInsensitive = true };

    public static KnowledgeBasePart? PartOf(ContentItem item) =>
        item.Content[PartName] is JsonObject json ? json.Deserialize<KnowledgeBasePart>(Pascal) : null;

    public static void SetPart(ContentItem item, KnowledgeBasePart part)
    {
        var json = JsonSerializer.SerializeToNode(part, Pascal) as JsonObject ?? [];
        item.Content[PartName] = json;
    }

    public static void SetTitle(ContentItem item, string title)
    {
        item.Content[nameof(TitlePart)] = new JsonObject { ["Title"] = title };
        item.DisplayText = title;
    }
}
