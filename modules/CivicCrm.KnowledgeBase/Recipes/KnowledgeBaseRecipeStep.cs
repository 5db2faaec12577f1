using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;
using CivicCrm.Recipes;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Recipes;

/// <summary>
/// <c>{ "name": "knowledgeBase", "categories": [ { "name", "slug", "children": [...] } ], "items": [ { externalId, type:
/// faq|article|script, title, summary, body, bodyFormat, categories (names), tags, audience, published,
/// relatedRequestTypes, reportRequestType, reviewBy, steps } ] }</c>. Categories are upserted by slug (renamed and moved
/// to where the recipe puts them); items by external id. Every error names the item's index and field.
/// </summary>
public sealed class KnowledgeBaseRecipeStep(KnowledgeBaseImporter importer, CategoryStore categories, KnowledgeBaseDefinitions definitions, DbContext db) : IRecipeStep
{
    public string Name => "knowledgeBase";

    public void Validate(JsonObject step, RecipeErrors errors)
    {
        if (step["categories"] is not (null or JsonArray))
        {
            errors.Add("categories", "categories must be an array of { name, slug, children }.");
        }
        else if (step["categories"] is JsonArray list)
        {
            ValidateCategories(list, "categories", errors, 0);
        }

        if (step["items"] is not (null or JsonArray))
        {
            errors.Add("items", "items must be an array.");
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var items = step["items"] as JsonArray ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var (_, itemErrors) = KnowledgeBaseItemReader.Read(items[i]);
            foreach (var (field, message) in itemErrors)
            {
                errors.Add(field.Length == 0 ? $"items[{i}]" : $"items[{i}].{field}", message);
            }

            if (items[i] is JsonObject raw && raw["externalId"] is JsonValue value && value.TryGetValue<string>(out var id) && !ids.Add(id.Trim()))
            {
                errors.Add($"items[{i}].externalId", $"The external id '{id}' appears twice.");
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        await definitions.EnsureAsync(cancellationToken);
        if (step["categories"] is JsonArray list)
        {
            _moved = false;
            await ApplyCategoriesAsync(list, null, "categories", errors, cancellationToken);
            if (_moved)
            {
                await categories.RequestReindexAsync(cancellationToken);
            }
        }

        var items = step["items"] as JsonArray ?? [];
        for (var i = 0; i < items.Count; i++)
        {
            var (item, _) = KnowledgeBaseItemReader.Read(items[i]);
            try
            {
                await importer.UpsertAsync(item!, cancellationToken);
            }
            catch (ContentValidationException e)
            {
                foreach (var error in e.Errors)
                {
                    errors.Add($"items[{i}].{error.Path}", error.Message);
                }

                return;
            }
        }
    }

    private static void ValidateCategories(JsonArray list, string path, RecipeErrors errors, int depth)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var here = $"{path}[{i}]";
            if (list[i] is not JsonObject category)
            {
                errors.Add(here, "Each category must be an object { name, slug, children }.");
                continue;
            }

            if (category["name"] is not JsonValue name || !name.TryGetValue<string>(out var text) || string.IsNullOrWhiteSpace(text) || text.Length > 120)
            {
                errors.Add($"{here}.name", "A category needs a name of at most 120 characters.");
            }

            if (category["slug"] is { } slug && (slug is not JsonValue s || !s.TryGetValue<string>(out var value) || !Slugs.IsValid(value)))
            {
                errors.Add($"{here}.slug", "A slug has lower case letters, digits and hyphens only.");
            }

            if (category["children"] is JsonArray children && depth < 10)
            {
                ValidateCategories(children, $"{here}.children", errors, depth + 1);
            }
            else if (category["children"] is not (null or JsonArray))
            {
                errors.Add($"{here}.children", "children must be an array.");
            }
        }
    }

    /// <summary>An existing category changed parent while applying the tree: its items' ancestors changed.</summary>
    private bool _moved;

    private async Task ApplyCategoriesAsync(JsonArray list, int? parentId, string path, RecipeErrors errors, CancellationToken cancellationToken)
    {
        for (var i = 0; i < list.Count; i++)
        {
            var json = (JsonObject)list[i]!;
            var name = json["name"]!.GetValue<string>().Trim();
            var slug = json["slug"]?.GetValue<string>() ?? Slugs.From(name);
            var existing = await db.Set<KnowledgeBaseCategory>().FirstOrDefaultAsync(c => c.Slug == slug, cancellationToken);
            int id;
            if (existing is null)
            {
                var (created, error) = await categories.AddAsync(name, slug, parentId, cancellationToken);
                if (created is null)
                {
                    errors.Add($"{path}[{i}]", error!);
                    return;
                }

                id = created.Id;
            }
            else
            {
                existing.Name = name;
                _moved |= existing.ParentId != parentId;
                existing.ParentId = parentId;
                existing.Position = i;
                await db.SaveChangesAsync(cancellationToken);
                id = existing.Id;
            }

            if (json["children"] is JsonArray children)
            {
                await ApplyCategoriesAsync(children, id, $"{path}[{i}].children", errors, cancellationToken);
            }
        }
    }
}
