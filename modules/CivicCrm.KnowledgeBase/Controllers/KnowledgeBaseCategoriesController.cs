using CivicCrm.KnowledgeBase.Services;
using CivicCrm.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.KnowledgeBase.Controllers;

/// <summary>The category tree: add, rename, move, and delete when empty.</summary>
[Route("admin/kb/categories")]
[RequirePermission("EditKnowledgeBase")]
public sealed class KnowledgeBaseCategoriesController(CategoryStore store) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await store.TreeAsync(cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Add(string? name, int? parentId, CancellationToken cancellationToken)
    {
        var (category, error) = await store.AddAsync(name, null, parentId, cancellationToken);
        return await DoneAsync(error, $"Added {category?.Name}.", cancellationToken);
    }

    [HttpPost("{id}/rename")]
    public async Task<IActionResult> Rename(int id, string? name, CancellationToken cancellationToken) =>
        await DoneAsync(await store.RenameAsync(id, name, cancellationToken), "Renamed.", cancellationToken);

    [HttpPost("{id}/move")]
    public async Task<IActionResult> Move(int id, int? parentId, CancellationToken cancellationToken) =>
        await DoneAsync(await store.MoveAsync(id, parentId, cancellationToken), "Moved.", cancellationToken);

    [HttpPost("{id}/delete")]
    public async Task<IActionResult> Delete(int id, CancellationToken cancellationToken) =>
        await DoneAsync(await store.DeleteAsync(id, cancellationToken), "Deleted.", cancellationToken);

    private async Task<IActionResult> DoneAsync(string? error, string notice, CancellationToken cancellationToken)
    {
        if (error is null)
        {
            TempData["Notice"] = notice;
            return Redirect("/admin/kb/categories");
        }

        ViewData["Error"] = error;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Index", await store.TreeAsync(cancellationToken));
    }
}
