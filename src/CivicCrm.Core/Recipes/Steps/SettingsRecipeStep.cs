using System.Text.Json.Nodes;
using CivicCrm.Settings;

namespace CivicCrm.Recipes.Steps;

/// <summary><c>{ "name": "settings", "SiteName": "...", ... }</c>: every other property is merged into the site settings.</summary>
internal sealed class SettingsRecipeStep(ISiteSettings settings) : IRecipeStep
{
    public string Name => "settings";

    public void Validate(JsonObject step, RecipeErrors errors)
    {
        if (step.Count < 2)
        {
            errors.Add("", "A settings step needs at least one setting beside its name.");
        }
    }

    public Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        var changes = new JsonObject();
        foreach (var (key, value) in step.Where(p => p.Key != "name"))
        {
            changes[key] = value?.DeepClone();
        }

        return settings.MergeAsync(changes, cancellationToken);
    }
}
