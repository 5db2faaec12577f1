using System.Text.Json.Nodes;

namespace CivicCrm.Recipes;

public interface IRecipeExecutor
{
    /// <summary>
    /// Validates every step, then applies them in order in one transaction. Throws <see cref="RecipeException"/>
    /// with every error found; nothing is applied when there is one.
    /// </summary>
    Task ExecuteAsync(JsonObject recipe, CancellationToken cancellationToken = default);

    /// <summary>The names of the steps offered by enabled features.</summary>
    IReadOnlyList<string> StepNames { get; }
}
