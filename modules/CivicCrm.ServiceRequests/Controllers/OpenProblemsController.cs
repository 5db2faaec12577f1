using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>
/// The public list and map of recent open problems: what is already reported near me, and how it is going. Only the
/// problem's type, place, status, age and number of reports are shown, never a reporter, contact or description.
/// </summary>
[AllowAnonymous]
[Route("requests/open")]
public sealed class OpenProblemsController(DbContext db, WardLocator wards) : Controller
{
    private const int PageSize = 25;

    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, string? group, string? ward, int page = 1, CancellationToken cancellationToken = default)
    {
        var types = await db.Set<RequestType>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var open = db.Set<Problem>().AsNoTracking().Where(p => p.ClosedUtc == null && p.MergedIntoId == null);
        if (!string.IsNullOrWhiteSpace(type))
        {
            open = open.Where(p => p.RequestTypeCode == type);
        }
        else if (!string.IsNullOrWhiteSpace(group))
        {
            open = open.Where(p => p.RequestTypeGroup == group);
        }

        var areas = await wards.AreasAsync(cancellationToken);
        var area = areas.FirstOrDefault(a => a.Ward.Code == ward);
        if (area is not null)
        {
            // The ward's box narrows the query; its outline decides, on the points alone (a few numbers per problem).
            var boxed = await area.InBox(open).Select(p => new { p.Id, p.Latitude, p.Longitude }).ToListAsync(cancellationToken);
            var inside = boxed.Where(p => area.Contains(p.Latitude!.Value, p.Longitude!.Value)).Select(p => p.Id).ToList();
            open = open.Where(p => inside.Contains(p.Id));
        }

        var total = await open.CountAsync(cancellationToken);
        var pages = Math.Max(1, (total + PageSize - 1) / PageSize);
        page = Math.Clamp(page, 1, pages);
        var problems = await open.OrderByDescending(p => p.CreatedUtc).ThenByDescending(p => p.Id)
            .Skip((page - 1) * PageSize).Take(PageSize).ToListAsync(cancellationToken);
        var ids = problems.Select(p => p.Id).ToList();
        var reports = await db.Set<ServiceRequest>().AsNoTracking().Where(r => ids.Contains(r.ProblemId))
            .GroupBy(r => r.ProblemId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
        var names = types.ToDictionary(t => t.Code, t => t.Name, StringComparer.Ordinal);
        var rows = problems.Select(p => new OpenProblemRow(p.Id, names.GetValueOrDefault(p.RequestTypeCode, p.RequestTypeCode), p.RequestTypeGroup,
            PublicAddress.Of(p.Address), p.Latitude, p.Longitude, p.Status, p.CreatedUtc, reports.GetValueOrDefault(p.Id))).ToList();
        return View(new OpenProblemsViewModel(rows, types, type, group, page, pages, total, areas.Select(a => a.Ward).ToList(), area?.Ward.Code));
    }
}
