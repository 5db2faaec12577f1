using CivicCrm.Departments;
using CivicCrm.Security;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>A department's open work, soonest due first; staff see their departments, supervisors and admins all.</summary>
[Route("admin/queue")]
[RequirePermission("ViewRequests")]
public sealed class QueueController(
    DbContext db, IDepartmentDirectory departments, IPermissionService permissions, LifecycleService lifecycle,
    WorkItemRoutingService routing, UserManager<IdentityUser> users, WardLocator wards, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        string? department, string? status, bool overdue, string? type, string? assignedTo, string? ward, CancellationToken cancellationToken)
    {
        var mine = await VisibleDepartmentsAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = db.Set<WorkItem>().AsNoTracking().Where(w => mine.Contains(w.DepartmentCode));
        items = department is { Length: > 0 } ? items.Where(w => w.DepartmentCode == department) : items;
        items = Enum.TryParse<RequestStatus>(status, out var wanted) ? items.Where(w => w.Status == wanted) : items.Where(w => w.ClosedUtc == null);
        items = overdue ? items.Where(w => w.DueUtc < now) : items;
        var me = User.Identity?.Name;
        items = assignedTo switch
        {
            null or "" => items,
            QueueViewModel.Unassigned => items.Where(w => w.Assignee == null),
            QueueViewModel.Mine => items.Where(w => w.Assignee == me),
            _ => items.Where(w => w.Assignee == assignedTo),
        };
        var areas = await wards.AreasAsync(cancellationToken);
        var area = areas.FirstOrDefault(a => a.Ward.Code == ward);
        var problems = area?.InBox(db.Set<Problem>()) ?? db.Set<Problem>(); // the ward's box in SQL, its outline below
        var joined = items.Join(problems, w => w.ProblemId, p => p.Id, (w, p) => new { w, p });
        joined = type is { Length: > 0 } ? joined.Where(x => x.p.RequestTypeCode == type) : joined;
        var page = area is null
            ? await joined.OrderBy(x => x.w.DueUtc).Take(200).ToListAsync(cancellationToken)
            : (await joined.OrderBy(x => x.w.DueUtc).Take(2000).ToListAsync(cancellationToken))
                .Where(x => area.Contains(x.p.Latitude!.Value, x.p.Longitude!.Value)).Take(200).ToList();
        var problemIds = page.Select(x => x.p.Id).ToList();
        var reports = await db.Set<ServiceRequest>().AsNoTracking().Where(r => problemIds.Contains(r.ProblemId))
            .Select(r => new { r.ProblemId, r.TrackingNumber, r.Id }).ToListAsync(cancellationToken);
        var names = await db.Set<RequestType>().AsNoTracking().OrderBy(t => t.Name).ToDictionaryAsync(t => t.Code, t => t.Name, cancellationToken);
        var rows = page.Select(x =>
        {
            var ofProblem = reports.Where(r => r.ProblemId == x.p.Id).OrderBy(r => r.Id).ToList();
            return new QueueRow(x.w.Id, ofProblem.FirstOrDefault()?.TrackingNumber ?? "", names.GetValueOrDefault(x.p.RequestTypeCode, x.p.RequestTypeCode),
                x.w.DepartmentCode, x.w.Status, x.p.Address, x.w.CreatedUtc, x.w.DueUtc, x.w.Assignee, ofProblem.Count);
        }).ToList();
        return View(new QueueViewModel
        {
            Rows = rows, Departments = mine, Types = names, StaffNames = await StaffNamesAsync(mine, cancellationToken),
            Department = department, Status = status, OverdueOnly = overdue, Type = type, AssignedTo = assignedTo, Now = now,
            Wards = areas.Select(a => a.Ward).ToList(), Ward = area?.Ward.Code,
        });
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

    /// <summary>
    /// Assigns the ticked open work items to one staff member, through the same service as the request page's Assign,
    /// so each gets the same history entry. A user name that has no account is refused before anything changes.
    /// </summary>
    [HttpPost("assign")]
    [RequirePermission("UpdateRequests")]
    public async Task<IActionResult> Assign(long[] workItemIds, string? assignee, CancellationToken cancellationToken)
    {
        var name = assignee?.Trim() ?? "";
        var error = workItemIds.Length == 0 ? "Tick the work items to assign."
            : name.Length == 0 ? "Give the user name of the staff member."
            : name.Length > 256 || await users.FindByNameAsync(name) is null ? $"There is no user named '{name}'."
            : null; // checked here too, so a wrong name changes nothing rather than skipping every item
        if (error is not null)
        {
            TempData["AssignError"] = error;
            return RedirectToAction(nameof(Index));
        }

        var mine = await VisibleDepartmentsAsync(cancellationToken);
        var items = await db.Set<WorkItem>().AsNoTracking()
            .Where(w => workItemIds.Contains(w.Id) && mine.Contains(w.DepartmentCode) && w.ClosedUtc == null).ToListAsync(cancellationToken);
        var assigned = 0;
        foreach (var item in items)
        {
            // A department holds at most one open item per problem, so the department names this very item.
            assigned += await routing.AssignAsync(item.ProblemId, item.DepartmentCode, name, User.Identity?.Name, cancellationToken) is null ? 1 : 0;
        }

        TempData["Notice"] = $"{assigned} work item(s) assigned to {name}.";
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

    /// <summary>Staff of the visible departments, offered as assignees and as assignee filters.</summary>
    private async Task<List<string>> StaffNamesAsync(List<string> visible, CancellationToken cancellationToken) =>
        (await departments.ListAsync(cancellationToken)).Where(d => visible.Contains(d.Code))
            .SelectMany(d => d.StaffUserNames).Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase).ToList();
}
