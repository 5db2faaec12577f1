using CivicCrm.Settings;
using CivicCrm.Themes.Portal.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Themes.Portal.Controllers;

/// <summary>
/// <c>POST /culture</c>: remembers the resident's language in the request localization cookie and goes back to
/// the page they were on. Only the site's languages and only local return URLs are accepted.
/// </summary>
[AllowAnonymous]
[Route("culture")]
public sealed class CultureController(ISiteSettings settings, TimeProvider time) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Set(string? culture, string? returnUrl, CancellationToken cancellationToken)
    {
        returnUrl = string.IsNullOrEmpty(returnUrl) ? "/" : returnUrl;
        if (!Url.IsLocalUrl(returnUrl))
        {
            return ValidationProblem(Problem(nameof(returnUrl), "The return URL must be a page of this site."));
        }

        var site = PortalSite.From(await settings.GetAsync(cancellationToken));
        var chosen = site.Cultures.FirstOrDefault(c => string.Equals(c.Name, culture, StringComparison.OrdinalIgnoreCase));
        if (chosen is null)
        {
            return ValidationProblem(Problem(nameof(culture), $"The site offers: {string.Join(", ", site.Cultures.Select(c => c.Name))}."));
        }

        Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(chosen)),
            new CookieOptions
            {
                Expires = time.GetUtcNow().AddYears(1),
                IsEssential = true,
                HttpOnly = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
            });
        return LocalRedirect(returnUrl);
    }

    private static ValidationProblemDetails Problem(string field, string message) =>
        new(new Dictionary<string, string[]> { [field] = [message] }) { Status = StatusCodes.Status400BadRequest };
}
