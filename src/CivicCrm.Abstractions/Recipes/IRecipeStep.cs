using System.Text.Json.Nodes;

namespace CivicCrm.Recipes;

/// <summary>
/// One named step of a recipe. <see cref="Validate"/> checks the step's shape before anything is applied;
/// <see cref="ApplyAsync"/> may still report errors (e.g. content failing validation), which rolls the recipe back.
/// </summary>
public interface IRecipeStep
{
    string Name { get; }

    void Validate(JsonObject step, RecipeErrors errors);

    Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken);
}
