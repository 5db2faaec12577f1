using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content.Metadata;
using CivicCrm.Recipes.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Recipes.Controllers;

/// <summary>Import a recipe file and export chosen content types (with their items) as a recipe file.</summary>
[Route("admin/recipes")]
[RequirePermission("ManageRecipes")]
public sealed class RecipesController(IContentDefinitionManager definitions, IRecipeExecutor recipes, IRecipeExporter exporter) : Controller
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await ModelAsync([], cancellationToken));

    [HttpPost("export")]
    public async Task<IActionResult> Export(string[] contentTypes, bool includeContent, CancellationToken cancellationToken)
    {
        if (contentTypes.Length == 0)
        {
            return View(nameof(Index), await ModelAsync(["Choose at least one content type to export."], cancellationToken));
        }

        var recipe = await exporter.ExportAsync(new RecipeExportRequest(contentTypes, includeContent), cancellationToken);
        return File(Encoding.UTF8.GetBytes(recipe.ToJsonString(Indented)), "application/json", $"export-{DateTime.UtcNow:yyyyMMdd-HHmm}.recipe.json");
    }

    [HttpPost("import")]
    [RequestSizeLimit(20_000_000)]
    public async Task<IActionResult> Import(IFormFile? recipeFile, CancellationToken cancellationToken)
    {
        if (recipeFile is null || recipeFile.Length == 0)
        {
            return View(nameof(Index), await ModelAsync(["Choose a recipe file to import."], cancellationToken));
        }

        JsonObject? recipe;
        try
        {
            await using var stream = recipeFile.OpenReadStream();
            recipe = await JsonNode.ParseAsync(stream, cancellationToken: cancellationToken) as JsonObject;
        }
        catch (JsonException exception)
        {
            return View(nameof(Index), await ModelAsync([$"The file is not valid JSON: {exception.Message}"], cancellationToken));
        }

        if (recipe is null)
        {
            return View(nameof(Index), await ModelAsync(["The file must hold one JSON object with a 'steps' array."], cancellationToken));
        }

        try
        {
            await recipes.ExecuteAsync(recipe, cancellationToken);
        }
        catch (RecipeException exception)
        {
            return View(nameof(Index), await ModelAsync(exception.Errors.Select(e => e.ToString()).ToList(), cancellationToken));
        }

        TempData["Notice"] = $"The recipe '{recipe["name"]}' was applied.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<RecipesViewModel> ModelAsync(IReadOnlyList<string> errors, CancellationToken cancellationToken)
    {
        if (errors.Count > 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return new RecipesViewModel
        {
            ContentTypes = (await definitions.ListTypesAsync(cancellationToken)).Select(t => t.Name).ToList(),
            Steps = recipes.StepNames,
            Errors = errors,
        };
    }
}
