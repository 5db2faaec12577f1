using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Merges a problem into another (its reports, subscribers and unmatched work move; the rest closes as duplicate) and
/// splits a report out into a problem of its own. Each merge is recorded with what it changed (<see cref="ProblemMerge"/>),
/// so <see cref="MergeUndoService"/> can undo it.
/// </summary>
public sealed class ProblemMergeService(DbContext db, WorkItemFactory workItems, ProblemStatusSync sync, TimeProvider clock)
{
    public async Task<ActionError?> MergeAsync(long sourceId, string? intoTrackingNumber, string? actor, CancellationToken cancellationToken = default)
    {
        var into = TrackingNumbers.Normalize(intoTrackingNumber ?? "");
        var targetId = into.Length == 0 ? null
            : await db.Set<ServiceRequest>().Where(r => r.TrackingNumber == into).Select(r => (long?)r.ProblemId).FirstOrDefaultAsync(cancellationToken);
        var source = await db.Set<Problem>().FirstAsync(p => p.Id == sourceId, cancellationToken);
        var target = targetId is null ? null : await db.Set<Problem>().FirstAsync(p => p.Id == targetId, cancellationToken);
        var error = into.Length == 0 ? new ActionError("into", "Give the tracking number of the report to merge into.")
            : target is null ? new ActionError("into", $"There is no request with the number {into}.")
            : target.Id == source.Id ? new ActionError("into", $"{into} is already a report of this problem: a problem cannot be merged into itself.")
            : target.MergedIntoId is not null || !target.Status.IsOpen() ? new ActionError("into", $"The problem of {into} is closed; merge into an open problem.")
            : source.MergedIntoId is not null ? new ActionError("trackingNumber", "This problem was already merged into another.")
            : null;
        if (error is not null)
        {
            return error;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var changes = new ProblemMergeChanges { SourceStatus = source.Status, SourceClosedUtc = source.ClosedUtc };
        var targetItems = await db.Set<WorkItem>().Where(w => w.ProblemId == target!.Id).ToListAsync(cancellationToken);
        foreach (var item in await db.Set<WorkItem>().Where(w => w.ProblemId == source.Id && w.ClosedUtc == null).ToListAsync(cancellationToken))
        {
            if (targetItems.Exists(w => w.DepartmentCode == item.DepartmentCode && w.Status.IsOpen()))
            {
                // The target's item of that department already covers the work.
                changes.ClosedWorkItems.Add(new ClosedWorkItem { Id = item.Id, Status = item.Status, OnHoldSinceUtc = item.OnHoldSinceUtc });
                item.Status = RequestStatus.Duplicate;
                item.ClosedUtc = now;
                item.OnHoldSinceUtc = null;
            }
            else
            {
                // The target lacks that department: its work goes on there, with its own status, due date and assignee.
                item.ProblemId = target!.Id;
                targetItems.Add(item);
                changes.MovedWorkItemIds.Add(item.Id);
            }
        }

        var reports = await db.Set<ServiceRequest>().Where(r => r.ProblemId == source.Id).ToListAsync(cancellationToken);
        foreach (var report in reports)
        {
            report.ProblemId = target!.Id;
            changes.MovedRequestIds.Add(report.Id);
            db.Add(Entry(target.Id, report.Id, "merged", $"Report {report.TrackingNumber} merged in from problem {source.Id}.", false, actor, now));
        }

        changes.Subscriptions = await db.Set<Subscription>().Where(s => s.ProblemId == source.Id)
            .Select(s => new MovedSubscription { Email = s.Email, ServiceRequestId = s.ServiceRequestId }).ToListAsync(cancellationToken);
        await MoveSubscriptionsAsync(source.Id, target!.Id, null, cancellationToken);
        source.MergedIntoId = target.Id;
        source.Status = RequestStatus.Duplicate;
        source.ClosedUtc ??= now; // "open at an instant" stays true for replays before the merge
        db.Add(new ProblemMerge { SourceProblemId = source.Id, TargetProblemId = target.Id, MergedUtc = now, MergedBy = actor, Changes = changes });
        source.UpdatedUtc = now;
        db.Add(Entry(source.Id, null, "merged",
            $"Merged into problem {target.Id} ({into}); reports moved: {string.Join(", ", reports.Select(r => r.TrackingNumber))}.", false, actor, now));
        await db.SaveChangesAsync(cancellationToken);
        await sync.SyncAsync(target, targetItems, now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Moves one report out of its problem into a new problem of its own, with a fresh work item for the type's department.</summary>
    public async Task<ActionError?> SplitAsync(string trackingNumber, string? actor, CancellationToken cancellationToken = default)
    {
        var number = TrackingNumbers.Normalize(trackingNumber);
        var report = await db.Set<ServiceRequest>().FirstAsync(r => r.TrackingNumber == number, cancellationToken);
        var old = await db.Set<Problem>().FirstAsync(p => p.Id == report.ProblemId, cancellationToken);
        if (await db.Set<ServiceRequest>().CountAsync(r => r.ProblemId == old.Id, cancellationToken) < 2)
        {
            return new ActionError("trackingNumber", $"{number} is the only report of its problem: there is nothing to split it from.");
        }

        var type = await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == report.RequestTypeCode, cancellationToken);
        if (type is null)
        {
            return new ActionError("trackingNumber", $"The request type {report.RequestTypeCode} no longer exists: no department would own the new problem.");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var problem = new Problem
        {
            RequestTypeCode = report.RequestTypeCode, RequestTypeGroup = type.Group, Address = report.Address,
            NormalizedAddress = report.NormalizedAddress, Latitude = report.Latitude, Longitude = report.Longitude,
            CreatedUtc = report.RequestedUtc, UpdatedUtc = now,
        };
        db.Add(problem);
        await db.SaveChangesAsync(cancellationToken);
        var item = await workItems.CreateAsync(problem.Id, type.DepartmentCode, type, now, cancellationToken);
        db.Add(item);
        report.ProblemId = problem.Id;
        report.ExpectedUtc = item.DueUtc;
        await MoveSubscriptionsAsync(old.Id, problem.Id, report.Id, cancellationToken);
        db.Add(Entry(old.Id, report.Id, "split", $"Report {number} split out into a problem of its own ({problem.Id}).", false, actor, now));
        db.Add(Entry(problem.Id, report.Id, "split", "Your report is now handled as a separate problem.", true, actor, now));
        await db.SaveChangesAsync(cancellationToken);
        await sync.SyncAsync(problem, [item], now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Every reporter stays subscribed: subscriptions follow their reports (all of them, or one report's).</summary>
    private async Task MoveSubscriptionsAsync(long fromId, long toId, long? requestId, CancellationToken cancellationToken)
    {
        var existing = await db.Set<Subscription>().Where(s => s.ProblemId == toId).Select(s => s.Email).ToListAsync(cancellationToken);
        var moving = await db.Set<Subscription>().Where(s => s.ProblemId == fromId && (requestId == null || s.ServiceRequestId == requestId)).ToListAsync(cancellationToken);
        foreach (var subscription in moving)
        {
            if (existing.Contains(subscription.Email))
            {
                db.Remove(subscription);
            }
            else
            {
                subscription.ProblemId = toId;
            }
        }
    }

    internal static RequestEvent Entry(long problemId, long? requestId, string kind, string note, bool isPublic, string? actor, DateTime now) =>
        new() { ProblemId = problemId, ServiceRequestId = requestId, Kind = kind, Note = note, IsPublic = isPublic, Actor = actor, CreatedUtc = now };
}
