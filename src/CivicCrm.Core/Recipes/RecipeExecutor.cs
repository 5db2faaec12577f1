using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Data;
using CivicCrm.Modules;

namespace CivicCrm.Recipes;

internal sealed class RecipeExecutor(
    IEnumerable<IRecipeStep> installedSteps,
    IEnabledServices<IRecipeStep> enabledSteps,
    ModuleCatalog catalog,
    IUnitOfWork unitOfWork) : IRecipeExecutor
{
    public IReadOnlyList<string> StepNames => enabledSteps.All.Select(s => s.Name).Order(StringComparer.Ordinal).ToList();

    public async Task ExecuteAsync(JsonObject recipe, CancellationToken cancellationToken = default)
    {
        var steps = Validate(recipe);
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        for (var i = 0; i < steps.Count; i++)
        {
            var (json, step) = steps[i];
            var errors = new RecipeErrors(i, step.Name);
            // Looked up again before each step: an earlier 'features' step may have enabled this one's feature.
            if (!enabledSteps.All.Any(s => s.Name == step.Name))
            {
                errors.Add("name", $"The step '{step.Name}' belongs to the feature '{catalog.FeatureOf(step.GetType())}', which is not enabled. " +
                    "Enable it in a 'features' step before this one.");
                throw new RecipeException(errors.All);
            }

            await step.ApplyAsync(json, errors, cancellationToken);
            if (errors.Any)
            {
                throw new RecipeException(errors.All);
            }
        }

        await scope.CompleteAsync(cancellationToken);
    }

    /// <summary>Checks every step's shape before anything is applied, and reports all problems at once.</summary>
    private List<(JsonObject Json, IRecipeStep Step)> Validate(JsonObject recipe)
    {
        var all = new List<RecipeError>();
        var result = new List<(JsonObject, IRecipeStep)>();
        if (recipe["steps"] is not JsonArray steps)
        {
            throw new RecipeException([new RecipeError(-1, "", "steps", "A recipe needs a 'steps' array.")]);
        }

        for (var i = 0; i < steps.Count; i++)
        {
            var name = steps[i] is JsonObject o && o["name"] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : "";
            var errors = new RecipeErrors(i, name);
            if (steps[i] is not JsonObject json || name.Length == 0)
            {
                errors.Add("name", "Each step must be an object with a 'name'.");
            }
            else if (installedSteps.FirstOrDefault(s => s.Name == name) is not { } step)
            {
                errors.Add("name", $"Unknown step '{name}'. Known steps: {string.Join(", ", installedSteps.Select(s => s.Name).Order(StringComparer.Ordinal))}.");
            }
            else
            {
                step.Validate(json, errors);
                result.Add((json, step));
            }

            all.AddRange(errors.All);
        }

        return all.Count > 0 ? throw new RecipeException(all) : result;
    }
}
