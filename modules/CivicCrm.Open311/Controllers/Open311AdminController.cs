using CivicCrm.Open311.Endpoints;
using CivicCrm.Open311.Settings;
using CivicCrm.Open311.ViewModels;
using CivicCrm.Security;
using CivicCrm.ServiceRequests;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Open311.Controllers;

/// <summary>Open311 settings and how apps connect: jurisdiction, rate limit, batch services, discovery contact and changeset.</summary>
[Route("admin/open311")]
[RequirePermission("ManageOpen311")]
public sealed class Open311AdminController(Open311SettingsStore store, IRequestTypeCatalog catalog) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        var saved = await store.GetSavedAsync(cancellationToken);
        var model = new Open311SettingsViewModel
        {
            JurisdictionId = settings.JurisdictionId, RateLimit = settings.RateLimit, Contact = settings.Contact,
            Changeset = saved.Changeset, BatchServiceCodes = [.. settings.BatchServiceCodes],
        };
        return View(await FillAsync(model, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Index(Open311SettingsViewModel model, CancellationToken cancellationToken)
    {
        var services = await catalog.ListAsync(cancellationToken);
        foreach (var unknown in model.BatchServiceCodes.Where(c => !services.Any(s => s.Code == c)))
        {
            ModelState.AddModelError(nameof(model.BatchServiceCodes), $"There is no active service with the code '{unknown}'.");
        }

        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(await FillAsync(model, cancellationToken));
        }

        await store.SaveAsync(new Open311SavedSettings(
            string.IsNullOrWhiteSpace(model.JurisdictionId) ? null : model.JurisdictionId.Trim(), model.RateLimit,
            model.BatchServiceCodes.Distinct(StringComparer.Ordinal).ToList(),
            string.IsNullOrWhiteSpace(model.Contact) ? null : model.Contact.Trim(), model.Changeset), cancellationToken);
        TempData["Notice"] = "The Open311 settings were saved.";
        return Redirect("/admin/open311");
    }

    private async Task<Open311SettingsViewModel> FillAsync(Open311SettingsViewModel model, CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        model.Services = (await catalog.ListAsync(cancellationToken)).Select(s => (s.Code, s.Name)).ToList();
        model.RateLimitWindowSeconds = settings.RateLimitWindowSeconds;
        model.BaseUrl = DiscoveryEndpoints.BaseUrl(Request);
        model.DiscoveryUrl = $"{Request.Scheme}://{Request.Host}{Request.PathBase}/open311/discovery.xml";
        return model;
    }
}
