using CivicCrm.Security;
using CivicCrm.Users.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Users.Controllers;

/// <summary>Staff accounts: list, create, edit roles and email, disable, unlock.</summary>
[Route("admin/users")]
[RequirePermission("ManageUsers")]
public sealed class UsersController(UserManager<IdentityUser> users, RoleManager<IdentityRole> roles) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? q, CancellationToken cancellationToken)
    {
        var query = users.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            var pattern = $"%{q.Trim().ToUpperInvariant()}%";
            query = query.Where(u => EF.Functions.Like(u.NormalizedUserName!, pattern) || EF.Functions.Like(u.NormalizedEmail!, pattern));
        }

        var rows = new List<UserRow>();
        foreach (var user in await query.OrderBy(u => u.UserName).Take(200).ToListAsync(cancellationToken))
        {
            rows.Add(new UserRow(user.Id, user.UserName!, user.Email ?? "", [.. await users.GetRolesAsync(user)],
                user.LockoutEnd == DateTimeOffset.MaxValue, user.LockoutEnd > DateTimeOffset.UtcNow && user.LockoutEnd != DateTimeOffset.MaxValue));
        }

        ViewData["Query"] = q;
        return View(rows);
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create() => View("Edit", await WithRolesAsync(new UserEditViewModel()));

    [HttpPost("new")]
    public async Task<IActionResult> Create(UserEditViewModel model)
    {
        if (string.IsNullOrEmpty(model.Password))
        {
            ModelState.AddModelError(nameof(model.Password), "Choose an initial password; the user can change it after signing in.");
        }

        if (ModelState.IsValid)
        {
            var user = new IdentityUser { UserName = model.UserName, Email = model.Email, EmailConfirmed = true };
            if (Report(await users.CreateAsync(user, model.Password!)) && Report(await users.AddToRolesAsync(user, KnownRoles(model.Roles))))
            {
                TempData["Notice"] = $"The account {user.UserName} was created.";
                return RedirectToAction(nameof(Index));
            }
        }

        return Invalid(await WithRolesAsync(model));
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        return View(await WithRolesAsync(new UserEditViewModel
        {
            Id = user.Id,
            UserName = user.UserName!,
            Email = user.Email ?? "",
            Roles = [.. await users.GetRolesAsync(user)],
            Disabled = user.LockoutEnd == DateTimeOffset.MaxValue,
        }));
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, UserEditViewModel model)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        if (user.Id == users.GetUserId(User) && (model.Disabled || !model.Roles.Contains(Roles.Administrator) && await users.IsInRoleAsync(user, Roles.Administrator)))
        {
            ModelState.AddModelError("", "You cannot disable your own account or remove your own Administrator role.");
        }

        if (ModelState.IsValid && Report(await users.SetEmailAsync(user, model.Email)) && Report(await users.SetUserNameAsync(user, model.UserName)))
        {
            var current = await users.GetRolesAsync(user);
            var wanted = KnownRoles(model.Roles);
            if (Report(await users.RemoveFromRolesAsync(user, current.Except(wanted))) && Report(await users.AddToRolesAsync(user, wanted.Except(current)))
                && Report(await users.SetLockoutEndDateAsync(user, model.Disabled ? DateTimeOffset.MaxValue : null))
                && (string.IsNullOrEmpty(model.Password) || Report(await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), model.Password)))
                && Report(await users.UpdateSecurityStampAsync(user)))
            {
                TempData["Notice"] = $"The account {user.UserName} was saved.";
                return RedirectToAction(nameof(Index));
            }
        }

        model.Id = id;
        return Invalid(await WithRolesAsync(model));
    }

    [HttpPost("{id}/unlock")]
    public async Task<IActionResult> Unlock(string id)
    {
        var user = await users.FindByIdAsync(id);
        if (user is null)
        {
            return NotFound();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        TempData["Notice"] = $"The account {user.UserName} was unlocked.";
        return RedirectToAction(nameof(Index));
    }

    private List<string> KnownRoles(IEnumerable<string> wanted) =>
        roles.Roles.Select(r => r.Name!).AsEnumerable().Where(r => wanted.Contains(r, StringComparer.Ordinal)).ToList();

    private async Task<UserEditViewModel> WithRolesAsync(UserEditViewModel model)
    {
        model.AllRoles = await roles.Roles.Select(r => r.Name!).OrderBy(r => r).ToListAsync();
        return model;
    }

    private ViewResult Invalid(UserEditViewModel model)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", model);
    }

    private bool Report(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Description);
        }

        return result.Succeeded;
    }
}
