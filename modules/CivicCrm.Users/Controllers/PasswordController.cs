using CivicCrm.Modules;
using CivicCrm.Users.Services;
using CivicCrm.Users.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using System.Text;

namespace CivicCrm.Users.Controllers;

/// <summary>
/// Forgotten password (a reset link by email when the "Password reset by email" feature is enabled; otherwise logged,
/// in Development only) and change password.
/// </summary>
[Route("admin")]
public sealed class PasswordController(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signIn,
    IEnabledServices<IPasswordResetNotifier> notifiers,
    IHostEnvironment environment,
    ILogger<PasswordController> logger) : Controller
{
    [AllowAnonymous]
    [HttpGet("forgot-password")]
    public IActionResult Forgot() => View(new ForgotPasswordViewModel());

    [AllowAnonymous]
    [HttpPost("forgot-password")]
    public async Task<IActionResult> Forgot(ForgotPasswordViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        var user = await users.FindByEmailAsync(model.Email);
        var notifier = notifiers.All.FirstOrDefault();
        if (user is not null && (notifier is not null || environment.IsDevelopment()))
        {
            var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GeneratePasswordResetTokenAsync(user)));
            var link = Url.Action(nameof(Reset), "Password", new { userId = user.Id, token }, Request.Scheme)!;
            if (notifier is not null)
            {
                await notifier.SendAsync(user, link, cancellationToken);
                UsersLog.ResetLinkQueued(logger, user.Id);
            }
            else
            {
                UsersLog.ResetLinkForDevelopment(logger, user.Id, link);
            }
        }

        // The same answer whether or not the address is known, so the form cannot be used to probe for accounts.
        TempData["Notice"] = "If that address belongs to an account, a link to choose a new password is on its way.";
        return RedirectToAction(nameof(AccountController.Login), "Account");
    }

    [AllowAnonymous]
    [HttpGet("reset-password")]
    public IActionResult Reset(string userId, string token) => View(new ResetPasswordViewModel { UserId = userId, Token = token });

    [AllowAnonymous]
    [HttpPost("reset-password")]
    public async Task<IActionResult> Reset(ResetPasswordViewModel model)
    {
        var user = ModelState.IsValid ? await users.FindByIdAsync(model.UserId) : null;
        if (user is not null)
        {
            var token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(model.Token));
            var result = await users.ResetPasswordAsync(user, token, model.Password);
            if (result.Succeeded)
            {
                await users.ResetAccessFailedCountAsync(user);
                TempData["Notice"] = "Your password was changed. Sign in with the new one.";
                return RedirectToAction(nameof(AccountController.Login), "Account");
            }

            AddErrors(result, "The link has expired or was already used; ask for a new one.");
        }
        else if (ModelState.IsValid)
        {
            ModelState.AddModelError("", "The link has expired or was already used; ask for a new one.");
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    [Authorize]
    [HttpGet("account/password")]
    public IActionResult Change() => View(new ChangePasswordViewModel());

    [Authorize]
    [HttpPost("account/password")]
    public async Task<IActionResult> Change(ChangePasswordViewModel model)
    {
        var user = await users.GetUserAsync(User);
        if (user is null)
        {
            return Challenge();
        }

        if (ModelState.IsValid)
        {
            var result = await users.ChangePasswordAsync(user, model.CurrentPassword, model.NewPassword);
            if (result.Succeeded)
            {
                await signIn.RefreshSignInAsync(user);
                TempData["Notice"] = "Your password was changed.";
                return Redirect("/admin");
            }

            AddErrors(result, null);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(model);
    }

    private void AddErrors(IdentityResult result, string? tokenMessage)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.Code == "InvalidToken" && tokenMessage is not null ? tokenMessage : error.Description);
        }
    }
}
