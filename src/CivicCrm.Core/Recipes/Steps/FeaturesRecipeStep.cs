using System.Text.Json.Nodes;
using CivicCrm.Modules;

namespace CivicCrm.Recipes.Steps;

/// <summary><c>{ "name": "features", "enable": [ids], "disable": [ids] }</c></summary>
internal sealed class FeaturesRecipeStep(IFeatureManager features) : IRecipeStep
{
    public string Name => "features";

    public void Validate(JsonObject step, RecipeErrors errors)
    {
        foreach (var property in new[] { "enable", "disable" })
        {
            var ids = RecipeJson.Strings(step, property, errors);
            for (var i = 0; i < ids.Count; i++)
            {
                if (!features.Features.Any(f => string.Equals(f.Id, ids[i], StringComparison.OrdinalIgnoreCase)))
                {
                    errors.Add($"{property}[{i}]", $"No installed module provides the feature '{ids[i]}'.");
                }
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        try
        {
            await features.DisableAsync(RecipeJson.Strings(step, "disable", errors), cancellationToken);
            await features.EnableAsync(RecipeJson.Strings(step, "enable", errors), cancellationToken);
        }
        catch (FeatureChangeRefusedException exception)
        {
            errors.Add("disable", exception.Message);
        }
    }
}
