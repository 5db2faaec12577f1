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
        // One read of the open problems' points, each counted in the ward the request pages would name.
        var points = await db.Set<Problem>().AsNoTracking()
            .Where(p => p.ClosedUtc == null && p.MergedIntoId == null && p.Latitude != null && p.Longitude != null)
            .Select(p => new { p.Latitude, p.Longitude }).ToListAsync(cancellationToken);
        var areas = await wards.AreasAsync(cancellationToken);
        ViewData["OpenProblems"] = points
            .Select(p => areas.FirstOrDefault(a => a.Contains(p.Latitude!.Value, p.Longitude!.Value))?.Ward.Code)
            .OfType<string>().CountBy(code => code).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
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
        foreach (var (field, message) in WardRules.Check(code, name, representative, boundary))
        {
            ModelState.AddModelError(field, message); // model binding matches keys case-insensitively
        }

        if (ward is null && ModelState.IsValid && await db.Set<Ward>().AnyAsync(w => w.Code == code, cancellationToken))
        {
            ModelState.AddModelError(nameof(form.Code), $"There is already a ward with the code {code}.");
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
