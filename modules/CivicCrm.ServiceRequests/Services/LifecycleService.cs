using CivicCrm.Data;
using CivicCrm.Departments;
using CivicCrm.Modules;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Moves work items through their lifecycle and keeps the problem and all its reports in step, so every caller
/// about one problem gets the same answer. Every change is recorded; on hold pauses the SLA clock.
/// </summary>
public sealed class LifecycleService(
    DbContext db, ISlaCalendar calendar, ProblemStatusSync sync, IEnabledServices<IServiceRequestObserver> observers, IUnitOfWork unitOfWork, TimeProvider clock)
{
    /// <summary>Applies the change; returns an error message for the caller, or null.</summary>
    public async Task<string?> ChangeAsync(long problemId, StatusChange change, CancellationToken cancellationToken = default)
    {
        var problem = await db.Set<Problem>().FirstOrDefaultAsync(p => p.Id == problemId, cancellationToken);
        if (problem is null)
        {
            return "The problem does not exist.";
        }

        if (problem.MergedIntoId is not null)
        {
            return "This problem was merged into another; change that one instead.";
        }

        var items = await db.Set<WorkItem>().Where(w => w.ProblemId == problemId).ToListAsync(cancellationToken);
        var item = WorkItemPicker.Pick(items, change.DepartmentCode);
        if (item is null)
        {
            return change.DepartmentCode is null
                ? "Several departments work on this problem: say which one's work item changes."
                : $"The department '{change.DepartmentCode}' has no work item on this problem.";
        }

        if (change.Status is null && string.IsNullOrWhiteSpace(change.Note))
        {
            return "Give a new status, a note, or both.";
        }

        if (change.Status is RequestStatus.Duplicate or RequestStatus.Transferred)
        {
            // These move reports or open work elsewhere; a bare status would claim it without doing it.
            return change.Status == RequestStatus.Duplicate
                ? "To mark a duplicate, merge it into the original problem."
                : "To transfer, use transfer with the receiving department and a reason.";
        }

        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var from = item.Status;
        if (change.Status is { } to && to != from)
        {
            var due = item.DueUtc;
            await MoveAsync(problem, item, to, now, cancellationToken);
            if (item.DueUtc != due)
            {
                // Resumed from hold: the promised date every reporter was given moves with the deadline.
                var promised = items.Where(w => w.ClosedUtc == null && w.DueUtc != null).Min(w => w.DueUtc);
                await db.Set<ServiceRequest>().Where(r => r.ProblemId == problemId)
                    .ExecuteUpdateAsync(set => set.SetProperty(r => r.ExpectedUtc, promised), cancellationToken);
            }
        }

        var entry = new RequestEvent
        {
            ProblemId = problemId, WorkItemId = item.Id, Kind = change.Status is null || change.Status == from ? "note" : "status",
            FromStatus = from, ToStatus = item.Status, Note = change.Note?.Trim(), IsPublic = change.IsPublic, Actor = change.Actor, CreatedUtc = now,
        };
        db.Add(entry);
        await sync.SyncAsync(problem, items, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (entry.IsPublic || entry.Kind == "status")
        {
            var subscribers = await db.Set<Subscription>().Where(s => s.ProblemId == problemId).ToListAsync(cancellationToken);
            foreach (var observer in observers.All)
            {
                await observer.PublicChangeAsync(problem, entry, subscribers, cancellationToken);
            }
        }

        await scope.CompleteAsync(cancellationToken);
        return null;
    }

    private async Task MoveAsync(Problem problem, WorkItem item, RequestStatus to, DateTime now, CancellationToken cancellationToken)
    {
        if (item.Status == RequestStatus.OnHold && item.OnHoldSinceUtc is { } since && item.DueUtc is not null)
        {
            // Resuming: push the deadlines back by the time spent on hold, counted on the type's own clock (working
            // hours, or every hour for round-the-clock types such as a dark traffic signal).
            var slaClock = await db.Set<RequestType>().AsNoTracking().Where(t => t.Code == problem.RequestTypeCode)
                .Select(t => (SlaClock?)t.SlaClock).FirstOrDefaultAsync(cancellationToken) ?? SlaClock.BusinessHours;
            var paused = await calendar.HoursBetweenAsync(item.DepartmentCode, Utc(since), Utc(now), slaClock, cancellationToken);
            item.DueUtc = (await calendar.AddAsync(item.DepartmentCode, Utc(item.DueUtc.Value), paused, slaClock, cancellationToken)).UtcDateTime;
            if (item.WarningUtc is { } warning)
            {
                item.WarningUtc = (await calendar.AddAsync(item.DepartmentCode, Utc(warning), paused, slaClock, cancellationToken)).UtcDateTime;
            }

            item.OnHoldSinceUtc = null;
        }

        if (to == RequestStatus.OnHold)
        {
            item.OnHoldSinceUtc = now;
        }

        item.Status = to;
        item.ClosedUtc = to.IsOpen() ? null : now;
    }

    private static DateTimeOffset Utc(DateTime value) => new(DateTime.SpecifyKind(value, DateTimeKind.Utc));
}
