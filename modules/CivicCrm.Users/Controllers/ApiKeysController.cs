using CivicCrm.Security;
using CivicCrm.Users.Models;
using CivicCrm.Users.Services;
using CivicCrm.Users.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Users.Controllers;

/// <summary>API keys for machine clients: issue (shown once), list, revoke.</summary>
[Route("admin/api-keys")]
[RequirePermission("ManageApiKeys")]
public sealed class ApiKeysController(ApiKeyService keys, DbContext db, RoleManager<IdentityRole> roles) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await ModelAsync(TempData["CreatedKey"] as string, null, cancellationToken));

    [HttpPost("")]
    public async Task<IActionResult> Create(string? name, string? role, CancellationToken cancellationToken)
    {
        var known = await roles.Roles.AnyAsync(r => r.Name == role, cancellationToken);
        if (string.IsNullOrWhiteSpace(name) || name.Length > 200 || !known)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await ModelAsync(null, "Give the key a name (up to 200 characters) and choose a role.", cancellationToken));
        }

        var (_, plainText) = await keys.CreateAsync(name, role!, null, cancellationToken);
        // Shown by the next GET only (TempData is read once), so reloading neither repeats it nor creates another key.
        TempData["CreatedKey"] = plainText;
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{id}/revoke")]
    public async Task<IActionResult> Revoke(string id, CancellationToken cancellationToken)
    {
        if (!await keys.RevokeAsync(id, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = "The key was revoked; clients using it are refused from now on.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<ApiKeysViewModel> ModelAsync(string? created, string? error, CancellationToken cancellationToken) => new()
    {
        Keys = await db.Set<ApiKey>().AsNoTracking().OrderByDescending(k => k.CreatedUtc).ToListAsync(cancellationToken),
        Roles = await roles.Roles.Select(r => r.Name!).OrderBy(r => r).ToListAsync(cancellationToken),
        CreatedKey = created,
        Error = error,
    };
}
