using CivicCrm.Data;
using CivicCrm.Security;
using CivicCrm.Users.ViewModels;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace CivicCrm.Users.Controllers;

/// <summary>Staff sign-in and sign-out, with lockout after repeated failures.</summary>
[AllowAnonymous]
[Route("admin")]
public sealed class AccountController(
    UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, ILogger<AccountController> logger) : Controller
{
    public const string WrongCredentials = "The user name, email or password is not right.";
    public const string LockedOut = "Too many failed attempts: this account is locked for 15 minutes. Try again later or ask an administrator to unlock it.";

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    [WithoutUnitOfWork]
    public async Task<IActionResult> Login(LoginViewModel model)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var user = await users.FindByNameAsync(model.Login) ?? await users.FindByEmailAsync(model.Login);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, model.Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/admin");
        }

        if (result.IsLockedOut)
        {
            UsersLog.LockedOut(logger, user!.Id);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        ModelState.AddModelError("", result.IsLockedOut ? LockedOut : WrongCredentials);
        return View(model);
    }

    [HttpPost("logout")]
    public async Task<IActionResult> Logout()
    {
        await HttpContext.SignOutAsync(AuthenticationSchemes.Cookie);
        return LocalRedirect("/admin/login");
    }

    [HttpGet("denied")]
    public IActionResult Denied() => View();
}
