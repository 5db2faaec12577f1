using CivicCrm.Departments;
using CivicCrm.Modules;
using CivicCrm.ServiceRequests.Models;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Who works on a problem: adds a department (a new work item, not a new case), transfers a work item to another
/// department with a reason, assigns a work item to a staff member (a user account). A department never holds two open items on one problem.
/// Runs inside the request's unit of work, so a refusal or failure leaves nothing behind.
/// </summary>
public sealed class WorkItemRoutingService(
    DbContext db, IDepartmentDirectory departments, WorkItemFactory workItems, ProblemStatusSync sync,
    IEnabledServices<IServiceRequestObserver> observers, UserManager<IdentityUser> users, TimeProvider clock)
{
    private const int MaxTextLength = 2000;

    public async Task<ActionError?> AddDepartmentAsync(long problemId, string? departmentCode, string? note, string? actor, CancellationToken cancellationToken = default)
    {
        var (problem, items, error) = await LoadAsync(problemId, cancellationToken);
        error ??= await CheckNewDepartmentAsync(items, departmentCode, "department_code", cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var code = departmentCode!.Trim().ToUpperInvariant();
        var now = clock.GetUtcNow().UtcDateTime;
        var item = await AddItemAsync(problem!, items, code, now, cancellationToken);
        var text = string.IsNullOrWhiteSpace(note) ? "" : $": {note.Trim()}";
        Record(problem!.Id, item, "department-added", null, item.Status, $"Department {code} added{text}", actor, now);
        return await SaveAsync(problem, items, now, cancellationToken)
            ?? await NotifyAsync(problem, item, $"Your department was added to this problem{text}", cancellationToken);
    }

    public async Task<ActionError?> TransferAsync(
        long problemId, string? fromDepartmentCode, string? toDepartmentCode, string? reason, string? actor, CancellationToken cancellationToken = default)
    {
        var (problem, items, error) = await LoadAsync(problemId, cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var from = WorkItemPicker.Pick(items, fromDepartmentCode);
        error = from is null || !from.Status.IsOpen()
            ? new ActionError("from_department_code", from is null && string.IsNullOrWhiteSpace(fromDepartmentCode)
                ? "Several departments work on this problem: say whose work item moves."
                : $"The department '{fromDepartmentCode?.Trim() ?? from?.DepartmentCode}' has no open work item on this problem.")
            : string.IsNullOrWhiteSpace(reason) ? new ActionError("reason", "Say why the work item moves (for example: reported under the wrong type).")
            : reason.Length > MaxTextLength ? new ActionError("reason", $"The reason is longer than {MaxTextLength} characters.")
            : await CheckNewDepartmentAsync(items, toDepartmentCode, "department_code", cancellationToken);
        if (error is not null)
        {
            return error;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var to = toDepartmentCode!.Trim().ToUpperInvariant();
        var was = from!.Status;
        from.Status = RequestStatus.Transferred;
        from.ClosedUtc = now;
        from.OnHoldSinceUtc = null;
        var item = await AddItemAsync(problem!, items, to, now, cancellationToken);
        Record(problem!.Id, from, "transferred", was, RequestStatus.Transferred, $"Transferred from {from.DepartmentCode} to {to}: {reason!.Trim()}", actor, now);
        Record(problem.Id, item, "department-added", null, item.Status, $"Department {to} took over from {from.DepartmentCode}.", actor, now);
        return await SaveAsync(problem, items, now, cancellationToken)
            ?? await NotifyAsync(problem, item, $"Transferred to you from {from.DepartmentCode}: {reason.Trim()}", cancellationToken);
    }

    public async Task<ActionError?> AssignAsync(long problemId, string? departmentCode, string? assignee, string? actor, CancellationToken cancellationToken = default)
    {
        var (problem, items, error) = await LoadAsync(problemId, cancellationToken);
        var item = error is null ? WorkItemPicker.Pick(items, departmentCode) : null;
        error ??= item is null
            ? new ActionError("department_code", string.IsNullOrWhiteSpace(departmentCode)
                ? "Several departments work on this problem: say whose work item is assigned."
                : $"The department '{departmentCode.Trim()}' has no work item on this problem.")
            : string.IsNullOrWhiteSpace(assignee) ? new ActionError("assignee", "Give the user name of the staff member.")
            : assignee.Trim().Length > 256 ? new ActionError("assignee", "The user name is longer than 256 characters.")
            : await users.FindByNameAsync(assignee.Trim()) is null ? new ActionError("assignee", $"There is no user named '{assignee.Trim()}'.")
            : null;
        if (error is not null)
        {
            return error;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        item!.Assignee = assignee!.Trim();
        Record(problem!.Id, item, "assigned", item.Status, item.Status, $"{item.DepartmentCode} work item assigned to {item.Assignee}.", actor, now);
        return await SaveAsync(problem, items, now, cancellationToken);
    }

    private async Task<(Problem?, List<WorkItem>, ActionError?)> LoadAsync(long problemId, CancellationToken cancellationToken)
    {
        var problem = await db.Set<Problem>().FirstOrDefaultAsync(p => p.Id == problemId, cancellationToken);
        if (problem is null || problem.MergedIntoId is not null)
        {
            return (problem, [], new ActionError("trackingNumber", "This problem was merged into another; act on that one instead."));
        }

        return (problem, await db.Set<WorkItem>().Where(w => w.ProblemId == problemId).ToListAsync(cancellationToken), null);
    }

    private async Task<ActionError?> CheckNewDepartmentAsync(List<WorkItem> items, string? departmentCode, string field, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(departmentCode))
        {
            return new ActionError(field, "Choose a department.");
        }

        var code = departmentCode.Trim();
        if (await departments.FindAsync(code, cancellationToken) is null)
        {
            return new ActionError(field, $"There is no department with the code '{code}'.");
        }

        return items.Exists(w => w.Status.IsOpen() && string.Equals(w.DepartmentCode, code, StringComparison.OrdinalIgnoreCase))
            ? new ActionError(field, $"{code.ToUpperInvariant()} already has an open work item on this problem.")
            : null;
    }

    private async Task<WorkItem> AddItemAsync(Problem problem, List<WorkItem> items, string departmentCode, DateTime now, CancellationToken cancellationToken)
    {
        var type = await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == problem.RequestTypeCode, cancellationToken);
        var item = await workItems.CreateAsync(problem.Id, departmentCode, type, now, cancellationToken);
        db.Add(item);
        await db.SaveChangesAsync(cancellationToken); // the history entry names the new item by id
        items.Add(item);
        return item;
    }

    private void Record(long problemId, WorkItem item, string kind, RequestStatus? from, RequestStatus? to, string note, string? actor, DateTime now) =>
        db.Add(new RequestEvent { ProblemId = problemId, WorkItemId = item.Id, Kind = kind, FromStatus = from, ToStatus = to, Note = note, Actor = actor, CreatedUtc = now });

    /// <summary>The receiving department hears about its new work item (the department email), in the same transaction.</summary>
    private async Task<ActionError?> NotifyAsync(Problem problem, WorkItem item, string note, CancellationToken cancellationToken)
    {
        foreach (var observer in observers.All)
        {
            await observer.DepartmentAddedAsync(problem, item, note, cancellationToken);
        }

        return null;
    }

    private async Task<ActionError?> SaveAsync(Problem problem, List<WorkItem> items, DateTime now, CancellationToken cancellationToken)
    {
        await sync.SyncAsync(problem, items, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }
}
