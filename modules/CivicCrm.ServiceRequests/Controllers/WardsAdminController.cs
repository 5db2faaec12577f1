using CivicCrm.Security;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>
/// Wards admin: the list with each ward's open problems, and an editor for name, representative and boundary (pasted
/// as a GeoJSON ring, as a city's GIS exports it). The <c>wards</c> recipe step loads many at once.
/// </summary>
[Route("admin/wards")]
[RequirePermission("ManageWards")]
public sealed class WardsAdminController(DbContext db, WardLocator wards) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var areas = await wards.AreasAsync(cancellationToken);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var area in areas)
        {
            // The box in SQL, the outline here: only the points of open problems inside the box are read.
            var points = await db.Set<Problem>().AsNoTracking()
                .Where(p => p.ClosedUtc == null && p.MergedIntoId == null
                    && p.Latitude >= area.MinLatitude && p.Latitude <= area.MaxLatitude && p.Longitude >= area.MinLongitude && p.Longitude <= area.MaxLongitude)
                .Select(p => new { p.Latitude, p.Longitude }).ToListAsync(cancellationToken);
            counts[area.Ward.Code] = points.Count(p => area.Contains(p.Latitude!.Value, p.Longitude!.Value));
        }

        ViewData["OpenProblems"] = counts;
        return View(areas.Select(a => a.Ward).ToList());
    }

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", new WardForm());

    [HttpPost("new")]
    public Task<IActionResult> Create(WardForm form, CancellationToken cancellationToken) => SaveAsync(null, form, cancellationToken);

    [HttpGet("{id:long}")]
    public async Task<IActionResult> Edit(long id, CancellationToken cancellationToken) =>
        await db.Set<Ward>().AsNoTracking().FirstOrDefaultAsync(w => w.Id == id, cancellationToken) is { } ward
            ? View(new WardForm { Id = ward.Id, Code = ward.Code, Name = ward.Name, Representative = ward.Representative, Boundary = ward.Boundary })
            : NotFound();

    [HttpPost("{id:long}")]
    public async Task<IActionResult> Edit(long id, WardForm form, CancellationToken cancellationToken) =>
        await db.Set<Ward>().FirstOrDefaultAsync(w => w.Id == id, cancellationToken) is { } ward ? await SaveAsync(ward, form, cancellationToken) : NotFound();

    private async Task<IActionResult> SaveAsync(Ward? ward, WardForm form, CancellationToken cancellationToken)
    {
        var code = ward?.Code ?? form.Code?.Trim() ?? "";
        var name = form.Name?.Trim() ?? "";
        var representative = string.IsNullOrWhiteSpace(form.Representative) ? null : form.Representative.Trim();
        var boundary = form.Boundary?.Trim() ?? "";
        if (ward is null && (code.Length is 0 or > 20))
        {
            ModelState.AddModelError(nameof(form.Code), "Give a code of up to 20 characters, e.g. 12.");
        }
        else if (ward is null && await db.Set<Ward>().AnyAsync(w => w.Code == code, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Code), $"There is already a ward with the code {code}.");
        }

        if (name.Length is 0 or > 100)
        {
            ModelState.AddModelError(nameof(form.Name), "Give a name of up to 100 characters, e.g. Ward 12.");
        }

        if (representative is { Length: > 200 })
        {
            ModelState.AddModelError(nameof(form.Representative), "The representative is longer than 200 characters.");
        }

        if (WardLocator.ParseBoundary(boundary) is null)
        {
            ModelState.AddModelError(nameof(form.Boundary), "Paste at least three [longitude, latitude] points as JSON, e.g. [[-87.95, 41.64], [-87.68, 41.64], [-87.68, 41.77]].");
        }

        if (!ModelState.IsValid)
        {
            form.Id = ward?.Id;
            form.Code = code;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Edit", form);
        }

        ward ??= db.Add(new Ward { Code = code }).Entity;
        ward.Name = name;
        ward.Representative = representative;
        ward.Boundary = boundary;
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = $"{name} saved.";
        return RedirectToAction(nameof(Index));
    }
}
