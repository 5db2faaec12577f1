using CivicCrm.Themes.Portal.Services;
using CivicCrm.Themes.Portal.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Themes.Portal.Controllers;

/// <summary>The residents' front door at <c>/</c>: what they can do, and the city's public pages.</summary>
[AllowAnonymous]
[Route("")]
public sealed class HomeController(PublicPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(new HomeViewModel(await pages.ListAsync(cancellationToken)));
}
