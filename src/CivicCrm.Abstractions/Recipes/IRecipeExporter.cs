using System.Text.Json.Nodes;

namespace CivicCrm.Recipes;

public interface IRecipeExporter
{
    /// <summary>A recipe that recreates the selected types (with their parts) and items on an empty site.</summary>
    Task<JsonObject> ExportAsync(RecipeExportRequest request, CancellationToken cancellationToken = default);
}
