using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Indexing.Services;
using CivicCrm.Recipes;

namespace CivicCrm.Indexing.Recipes;

/// <summary>
/// <c>{ "name": "indexDefinitions", "indexes": [ { "name", "contentTypes", "analyzer", "fields": [ { "name", "source",
/// "boost", "stored", "kind" } ], "synonyms": [ "rats, rodents", "street lamp, street light" ] } ] }</c>:
/// creates or replaces search index definitions by name. Nodes rebuild their copy of a changed definition.
/// </summary>
public sealed class IndexDefinitionsRecipeStep(SearchIndexDefinitionStore store) : IRecipeStep
{
    public string Name => "indexDefinitions";

    public void Validate(JsonObject step, RecipeErrors errors)
    {
        if (step["indexes"] is not JsonArray list)
        {
            errors.Add("indexes", "An indexDefinitions step needs an 'indexes' array.");
            return;
        }

        for (var i = 0; i < list.Count; i++)
        {
            if (Read(list[i], out var problem) is { } definition)
            {
                foreach (var (path, message) in SearchIndexDefinitionValidator.Validate(definition))
                {
                    errors.Add($"indexes[{i}].{path}", message);
                }
            }
            else
            {
                errors.Add($"indexes[{i}]", problem!);
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        var list = step["indexes"]!.AsArray();
        for (var i = 0; i < list.Count; i++)
        {
            foreach (var (path, message) in await store.SaveAsync(Read(list[i], out _)!, cancellationToken))
            {
                errors.Add($"indexes[{i}].{path}", message);
            }
        }
    }

    private static SearchIndexDefinition? Read(JsonNode? node, out string? problem)
    {
        problem = null;
        if (node is not JsonObject)
        {
            problem = "Each index definition must be an object.";
            return null;
        }

        try
        {
            return node.Deserialize<SearchIndexDefinitionJson.Shape>(SearchIndexDefinitionJson.Options)?.ToDefinition();
        }
        catch (JsonException exception)
        {
            problem = $"Not a valid index definition: {exception.Message}";
            return null;
        }
    }
}
