using CivicCrm.Features.ViewModels;
using CivicCrm.Modules;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Features.Controllers;

/// <summary>The admin page that lists modules and features and switches them on and off.</summary>
[Route("admin/features")]
[RequirePermission("ManageFeatures")]
public sealed class FeaturesController(IFeatureManager features) : Controller
{
    [HttpGet("")]
    public IActionResult Index() => View(FeatureRow.List(features));

    [HttpPost("enable")]
    public async Task<IActionResult> Enable(string featureId, CancellationToken cancellationToken)
    {
        var changed = await features.EnableAsync([featureId], cancellationToken);
        TempData["Notice"] = changed.Count == 0 ? $"{featureId} was already enabled." : $"Enabled: {string.Join(", ", changed)}.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("disable")]
    public async Task<IActionResult> Disable(string featureId, CancellationToken cancellationToken)
    {
        try
        {
            var changed = await features.DisableAsync([featureId], cancellationToken);
            TempData["Notice"] = changed.Count == 0 ? $"{featureId} was already disabled." : $"Disabled: {string.Join(", ", changed)}.";
        }
        catch (FeatureChangeRefusedException exception)
        {
            TempData["Error"] = exception.Message;
        }

        return RedirectToAction(nameof(Index));
    }
}
