using System.Text.Json;
using System.Text.Json.Nodes;

namespace CivicCrm.Content;

/// <summary>Typed and untyped access to the parts stored in a content item's JSON.</summary>
public static class ContentItemExtensions
{
    public static readonly JsonSerializerOptions PartJson = new(JsonSerializerDefaults.Web);

    /// <summary>The part whose class name is its part name, or null when the item has none.</summary>
    public static TPart? As<TPart>(this ContentItem item) where TPart : class
        => item.As<TPart>(typeof(TPart).Name);

    public static TPart? As<TPart>(this ContentItem item, string partName) where TPart : class
        => item.Content[partName] is JsonObject json ? json.Deserialize<TPart>(PartJson) : null;

    public static ContentItem Apply<TPart>(this ContentItem item, TPart part) where TPart : class
        => item.Apply(typeof(TPart).Name, part);

    public static ContentItem Apply<TPart>(this ContentItem item, string partName, TPart part) where TPart : class
    {
        var json = JsonSerializer.SerializeToNode(part, PartJson) as JsonObject ?? [];
        // Keep fields that exist only as data (declared in the definitions) beside the typed properties.
        if (item.Content[partName] is JsonObject existing)
        {
            foreach (var (key, value) in existing)
            {
                if (!json.ContainsKey(key))
                {
                    json[key] = value?.DeepClone();
                }
            }
        }

        item.Content[partName] = json;
        return item;
    }

    public static ContentItem Alter<TPart>(this ContentItem item, Action<TPart> change) where TPart : class, new()
    {
        var part = item.As<TPart>() ?? new TPart();
        change(part);
        return item.Apply(part);
    }

    /// <summary>Untyped access to a part that exists only as data; created when missing.</summary>
    public static JsonObject GetOrCreatePart(this ContentItem item, string partName)
    {
        if (item.Content[partName] is not JsonObject part)
        {
            part = [];
            item.Content[partName] = part;
        }

        return part;
    }

    /// <summary>The raw value of a field: <c>Content[part][field]</c>.</summary>
    public static JsonNode? GetField(this ContentItem item, string partName, string fieldName)
        => (item.Content[partName] as JsonObject)?[fieldName];

    public static ContentItem SetField(this ContentItem item, string partName, string fieldName, JsonNode? value)
    {
        item.GetOrCreatePart(partName)[fieldName] = value;
        return item;
    }
}
