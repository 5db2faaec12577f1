using System.Text.Json.Nodes;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Recipes.Endpoints;

/// <summary><c>/api/recipes</c>: run a recipe, export types and items as one, list the steps on offer.</summary>
public static class RecipeEndpoints
{
    public static void MapRecipeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/recipes").WithTags("Recipes").RequirePermission(Permissions.ManageRecipes);
        group.MapGet("/steps", (IRecipeExecutor recipes) => TypedResults.Ok(recipes.StepNames));
        group.MapPost("/execute", async (JsonObject recipe, IRecipeExecutor recipes, CancellationToken ct) =>
        {
            await recipes.ExecuteAsync(recipe, ct);
            return TypedResults.NoContent();
        });
        group.MapPost("/export", ExportAsync);
    }

    private static async Task<Results<Ok<JsonObject>, ValidationProblem>> ExportAsync(
        RecipeExportRequest request, IRecipeExporter exporter, CancellationToken cancellationToken)
    {
        if (request.ContentTypes is not { Count: > 0 })
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["contentTypes"] = ["Name at least one content type to export."] });
        }

        return TypedResults.Ok(await exporter.ExportAsync(request, cancellationToken));
    }
}
