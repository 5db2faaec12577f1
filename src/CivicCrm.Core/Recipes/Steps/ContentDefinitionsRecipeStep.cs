using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Recipes.Steps;

/// <summary><c>{ "name": "contentDefinitions", "contentParts": [...], "contentTypes": [...] }</c>; parts are saved first.</summary>
internal sealed class ContentDefinitionsRecipeStep(IContentDefinitionManager definitions) : IRecipeStep
{
    public string Name => "contentDefinitions";

    public void Validate(JsonObject step, RecipeErrors errors) => Read(step, errors);

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        var (parts, types) = Read(step, errors);
        foreach (var part in parts)
        {
            await definitions.SavePartAsync(part, cancellationToken);
        }

        foreach (var type in types)
        {
            await definitions.SaveTypeAsync(type, cancellationToken);
        }
    }

    private static (List<ContentPartDefinition> Parts, List<ContentTypeDefinition> Types) Read(JsonObject step, RecipeErrors errors)
    {
        var parts = RecipeJson.Objects<ContentPartDefinition>(step, "contentParts", errors);
        var types = RecipeJson.Objects<ContentTypeDefinition>(step, "contentTypes", errors);
        for (var i = 0; i < parts.Count; i++)
        {
            foreach (var error in ContentDefinitionValidator.ValidatePart(parts[i], $"contentParts[{i}]"))
            {
                errors.Add(error.Path, error.Message);
            }
        }

        for (var i = 0; i < types.Count; i++)
        {
            foreach (var error in ContentDefinitionValidator.ValidateType(types[i], $"contentTypes[{i}]"))
            {
                errors.Add(error.Path, error.Message);
            }
        }

        return (parts, types);
    }
}
