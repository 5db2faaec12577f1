using CivicCrm.Departments;
using CivicCrm.Security;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>A department's open work, soonest due first; staff see their departments, supervisors and admins all.</summary>
[Route("admin/queue")]
[RequirePermission("ViewRequests")]
public sealed class QueueController(DbContext db, IDepartmentDirectory departments, IPermissionService permissions, LifecycleService lifecycle, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? department, string? status, bool overdue, CancellationToken cancellationToken)
    {
        var mine = await VisibleDepartmentsAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = db.Set<WorkItem>().AsNoTracking().Where(w => mine.Contains(w.DepartmentCode));
        items = department is { Length: > 0 } ? items.Where(w => w.DepartmentCode == department) : items;
        items = Enum.TryParse<RequestStatus>(status, out var wanted) ? items.Where(w => w.Status == wanted) : items.Where(w => w.ClosedUtc == null);
        items = overdue ? items.Where(w => w.DueUtc < now) : items;
        var page = await items.OrderBy(w => w.DueUtc).Take(200)
            .Join(db.Set<Problem>(), w => w.ProblemId, p => p.Id, (w, p) => new { w, p })
            .ToListAsync(cancellationToken);
        var problemIds = page.Select(x => x.p.Id).ToList();
        var reports = await db.Set<ServiceRequest>().AsNoTracking().Where(r => problemIds.Contains(r.ProblemId))
            .Select(r => new { r.ProblemId, r.TrackingNumber, r.Id }).ToListAsync(cancellationToken);
        var names = await db.Set<RequestType>().AsNoTracking().ToDictionaryAsync(t => t.Code, t => t.Name, cancellationToken);
        var rows = page.Select(x =>
        {
            var ofProblem = reports.Where(r => r.ProblemId == x.p.Id).OrderBy(r => r.Id).ToList();
            return new QueueRow(x.w.Id, ofProblem.FirstOrDefault()?.TrackingNumber ?? "", names.GetValueOrDefault(x.p.RequestTypeCode, x.p.RequestTypeCode),
                x.w.DepartmentCode, x.w.Status, x.p.Address, x.w.CreatedUtc, x.w.DueUtc, x.w.Assignee, ofProblem.Count);
        }).ToList();
        return View(new QueueViewModel { Rows = rows, Departments = mine, Department = department, Status = status, OverdueOnly = overdue, Now = now });
    }

    /// <summary>Acknowledges the ticked work items at once.</summary>
    [HttpPost("acknowledge")]
    [RequirePermission("UpdateRequests")]
    public async Task<IActionResult> Acknowledge(long[] workItemIds, CancellationToken cancellationToken)
    {
        var mine = await VisibleDepartmentsAsync(cancellationToken);
        var items = await db.Set<WorkItem>().AsNoTracking().Where(w => workItemIds.Contains(w.Id) && mine.Contains(w.DepartmentCode)).ToListAsync(cancellationToken);
        foreach (var item in items.Where(i => i.Status == RequestStatus.Submitted))
        {
            await lifecycle.ChangeAsync(item.ProblemId, new StatusChange(RequestStatus.Acknowledged, null, false, item.DepartmentCode, User.Identity?.Name), cancellationToken);
        }

        TempData["Notice"] = $"{items.Count(i => i.Status == RequestStatus.Submitted)} work item(s) acknowledged.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<List<string>> VisibleDepartmentsAsync(CancellationToken cancellationToken)
    {
        var all = (await departments.ListAsync(cancellationToken)).Select(d => d.Code).ToList();
        if (User.IsInRole(Roles.Administrator) || User.IsInRole(Roles.Supervisor) || await permissions.HasAsync(User, "ManageRequestTypes", cancellationToken))
        {
            return all;
        }

        var mine = await departments.DepartmentsOfAsync(User.Identity?.Name ?? "", cancellationToken);
        return mine.Count > 0 ? [.. mine] : all;
    }
}
