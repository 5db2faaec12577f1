using System.Security.Claims;
using CivicCrm.Security;
using CivicCrm.Users.Services;
using CivicCrm.Users.ViewModels;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Users.Controllers;

/// <summary>Staff sign-in and sign-out for the admin.</summary>
[AllowAnonymous]
[Route("admin")]
public sealed class AccountController(AccountService accounts) : Controller
{
    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginViewModel { ReturnUrl = returnUrl });

    [HttpPost("login")]
    public async Task<IActionResult> Login(LoginViewModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return View(model);
        }

        var account = await accounts.SignInAsync(model.Login, model.Password, cancellationToken);
        if (account is null)
        {
            ModelState.AddModelError("", "The user name, email or password is not right.");
            return View(model);
        }

        var claims = new List<Claim> { new(ClaimTypes.NameIdentifier, account.Id), new(ClaimTypes.Name, account.UserName), new(ClaimTypes.Email, account.Email) };
        claims.AddRange(account.Roles.Select(role => new Claim(ClaimTypes.Role, role)));
        await HttpContext.SignInAsync(AuthenticationSchemes.Cookie, new ClaimsPrincipal(new ClaimsIdentity(claims, AuthenticationSchemes.Cookie)));
        return LocalRedirect(Url.IsLocalUrl(model.ReturnUrl) ? model.ReturnUrl : "/admin");
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
