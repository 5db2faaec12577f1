using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content;

namespace CivicCrm.Recipes.Steps;

/// <summary>
/// <c>{ "name": "content", "data": [ { "ContentItemId"?, "ContentType", "Published", "TitlePart": {...}, ... } ] }</c>.
/// Every property that is not a fixed column is a part. An existing id updates the item (a new draft or a publish).
/// </summary>
internal sealed class ContentRecipeStep(IContentManager contents) : IRecipeStep
{
    private static readonly HashSet<string> FixedColumns = new(StringComparer.OrdinalIgnoreCase)
    {
        "ContentItemId", "ContentItemVersionId", "ContentType", "DisplayText", "Published", "Latest", "Owner", "Author",
        "CreatedUtc", "ModifiedUtc", "PublishedUtc", "Number", "ConcurrencyStamp",
    };

    public string Name => "content";

    public void Validate(JsonObject step, RecipeErrors errors)
    {
        if (step["data"] is not JsonArray data)
        {
            errors.Add("data", "A content step needs a 'data' array of items.");
            return;
        }

        for (var i = 0; i < data.Count; i++)
        {
            if (data[i] is not JsonObject item || item["ContentType"] is not JsonValue type || type.GetValueKind() != JsonValueKind.String)
            {
                errors.Add($"data[{i}].ContentType", "Each item must be an object with a ContentType.");
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        var data = (JsonArray)step["data"]!;
        for (var i = 0; i < data.Count; i++)
        {
            try
            {
                await ImportAsync((JsonObject)data[i]!, cancellationToken);
            }
            catch (ContentValidationException exception)
            {
                foreach (var error in exception.Errors)
                {
                    errors.Add($"data[{i}].{error.Path}", error.Message);
                }
            }
            catch (ContentStateException exception)
            {
                errors.Add($"data[{i}]", exception.Message);
            }
        }
    }

    private async Task ImportAsync(JsonObject json, CancellationToken cancellationToken)
    {
        var id = json["ContentItemId"]?.GetValue<string>();
        var publish = json["Published"] is JsonValue p && p.GetValueKind() == JsonValueKind.True;
        var existing = id is null ? null : await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        var item = existing ?? new ContentItem { ContentItemId = id ?? "", Owner = json["Owner"]?.GetValue<string>() };
        item.ContentType = json["ContentType"]!.GetValue<string>();
        item.DisplayText = json["DisplayText"]?.GetValue<string>() ?? item.DisplayText;
        item.Content = [];
        foreach (var (key, value) in json.Where(p => !FixedColumns.Contains(p.Key)))
        {
            item.Content[key] = value?.DeepClone();
        }

        if (existing is null)
        {
            await contents.CreateAsync(item, publish, cancellationToken);
        }
        else if (publish)
        {
            await contents.PublishAsync(item, cancellationToken);
        }
        else
        {
            await contents.SaveDraftAsync(item, cancellationToken);
        }
    }
}
