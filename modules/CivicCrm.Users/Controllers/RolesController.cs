using CivicCrm.Security;
using CivicCrm.Users.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Users.Controllers;

/// <summary>The role-permission editor: which role may do what. Administrator always holds every permission.</summary>
[Route("admin/roles")]
[RequirePermission("ManageRoles")]
public sealed class RolesController(RoleManager<IdentityRole> roles, IPermissionService permissions) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var names = await roles.Roles.Select(r => r.Name!).OrderBy(r => r).ToListAsync(cancellationToken);
        var granted = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var role in names)
        {
            granted[role] = await permissions.GrantedAsync(role, cancellationToken);
        }

        return View(new RolesViewModel { Roles = names, Permissions = permissions.Available(), Granted = granted });
    }

    /// <summary>Saves the whole grid; each checkbox posts "Role|Permission".</summary>
    [HttpPost("")]
    public async Task<IActionResult> Save(string[] grants, CancellationToken cancellationToken)
    {
        var pairs = grants.Select(g => g.Split('|', 2)).Where(p => p.Length == 2).ToList();
        var available = permissions.Available().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var role in await roles.Roles.Select(r => r.Name!).ToListAsync(cancellationToken))
        {
            if (role != Roles.Administrator)
            {
                var granted = pairs.Where(p => p[0] == role && available.Contains(p[1])).Select(p => p[1]).ToList();
                await permissions.GrantAsync(role, granted, available.Except(granted), cancellationToken);
            }
        }

        TempData["Notice"] = "The permissions were saved.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(string? name)
    {
        if (string.IsNullOrWhiteSpace(name) || name.Length > 64 || name.Contains('|', StringComparison.Ordinal))
        {
            TempData["Error"] = "A role name needs 1 to 64 characters and no '|'.";
        }
        else
        {
            var result = await roles.CreateAsync(new IdentityRole(name.Trim()));
            if (result.Succeeded)
            {
                TempData["Notice"] = $"The role {name.Trim()} was created; tick its permissions below.";
            }
            else
            {
                TempData["Error"] = string.Join(" ", result.Errors.Select(e => e.Description));
            }
        }

        return RedirectToAction(nameof(Index));
    }
}
