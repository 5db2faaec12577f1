using CivicCrm.Navigation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Themes.Admin.Controllers;

/// <summary>The admin's start page: the sections the signed-in user may open.</summary>
[Authorize]
[Route("admin")]
public sealed class DashboardController(INavigationService navigation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View(await navigation.GetMenuAsync(User, cancellationToken));
}
