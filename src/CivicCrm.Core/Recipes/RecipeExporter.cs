using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Content.Metadata;
using CivicCrm.Data;
using CivicCrm.Modules;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Recipes;

/// <summary>Writes the same recipe format the executor reads: enabled features, definitions, then items.</summary>
internal sealed class RecipeExporter(IContentDefinitionManager definitions, IFeatureManager features, CivicDbContext db) : IRecipeExporter
{
    public async Task<JsonObject> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken = default)
    {
        var types = new List<ContentTypeDefinition>();
        foreach (var name in request.ContentTypes.Distinct(StringComparer.OrdinalIgnoreCase))
        {
            types.Add(await definitions.GetTypeAsync(name, cancellationToken)
                ?? throw new ContentValidationException([new("contentTypes", $"There is no content type named '{name}'.")]));
        }

        var parts = new List<ContentPartDefinition>();
        foreach (var partName in types.SelectMany(t => t.Parts).Select(p => p.PartName).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (await definitions.GetPartAsync(partName, cancellationToken) is { } part)
            {
                parts.Add(part);
            }
        }

        var steps = new JsonArray
        {
            new JsonObject
            {
                ["name"] = "features",
                ["enable"] = new JsonArray(features.Features.Where(f => features.IsEnabled(f.Id)).Select(f => (JsonNode?)f.Id).ToArray()),
            },
            new JsonObject
            {
                ["name"] = "contentDefinitions",
                ["contentParts"] = JsonSerializer.SerializeToNode(parts, RecipeJson.Options),
                ["contentTypes"] = JsonSerializer.SerializeToNode(types, RecipeJson.Options),
            },
        };
        if (request.IncludeContent && types.Count > 0)
        {
            steps.Add(new JsonObject { ["name"] = "content", ["data"] = await ItemsAsync(types, cancellationToken) });
        }

        return new JsonObject { ["name"] = request.Name, ["description"] = $"Exported on {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC", ["steps"] = steps };
    }

    /// <summary>Each item's published version, then its newer draft if it has one, so both states come back on import.</summary>
    private async Task<JsonArray> ItemsAsync(List<ContentTypeDefinition> types, CancellationToken cancellationToken)
    {
        var names = types.Select(t => t.Name).ToList();
        var rows = await db.ContentItems.AsNoTracking()
            .Where(c => names.Contains(c.ContentType) && (c.Latest || c.Published))
            .OrderBy(c => c.ContentItemId).ThenBy(c => c.Number)
            .ToListAsync(cancellationToken);
        var data = new JsonArray();
        foreach (var row in rows)
        {
            var item = new JsonObject
            {
                ["ContentItemId"] = row.ContentItemId,
                ["ContentType"] = row.ContentType,
                ["DisplayText"] = row.DisplayText,
                ["Published"] = row.Published,
                ["Owner"] = row.Owner,
            };
            foreach (var (key, value) in row.Content)
            {
                item[key] = value?.DeepClone();
            }

            data.Add(item);
        }

        return data;
    }
}
