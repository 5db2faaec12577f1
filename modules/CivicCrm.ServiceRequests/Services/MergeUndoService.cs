using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Undoes a merge from its record: the merged problem comes back with its status, the reports and work items the
/// merge moved go back (those not split out since), the work items it closed as duplicate reopen as they were, and
/// its subscribers follow their reports. Both problems record the undo.
/// </summary>
public sealed class MergeUndoService(DbContext db, ProblemStatusSync sync, TimeProvider clock)
{
    public async Task<ActionError?> UndoAsync(long problemId, long mergeId, string? actor, CancellationToken cancellationToken = default)
    {
        var merge = await db.Set<ProblemMerge>().FirstOrDefaultAsync(m => m.Id == mergeId && m.TargetProblemId == problemId, cancellationToken);
        var target = await db.Set<Problem>().FirstAsync(p => p.Id == problemId, cancellationToken);
        var source = merge is null ? null : await db.Set<Problem>().FirstAsync(p => p.Id == merge.SourceProblemId, cancellationToken);
        var changes = merge?.Changes ?? new ProblemMergeChanges();
        var reports = await db.Set<ServiceRequest>()
            .Where(r => r.ProblemId == problemId && changes.MovedRequestIds.Contains(r.Id)).ToListAsync(cancellationToken);
        var remaining = await db.Set<ServiceRequest>().CountAsync(r => r.ProblemId == problemId, cancellationToken) - reports.Count;
        var error = merge is null ? new ActionError("merge", "There is no such merge into this problem.")
            : merge.UndoneUtc is not null ? new ActionError("merge", $"This merge was already undone on {merge.UndoneUtc:yyyy-MM-dd HH:mm} UTC.")
            : target.MergedIntoId is not null ? new ActionError("merge", "This problem was itself merged into another since; undo that merge first.")
            : source!.MergedIntoId != target.Id ? new ActionError("merge", "The merged problem is no longer part of this one.")
            : reports.Count == 0 ? new ActionError("merge", "Every report this merge moved has been split out since: there is nothing to move back.")
            : remaining == 0 ? new ActionError("merge", "Moving the reports back would leave this problem without a report; split one out instead.")
            : null;
        if (error is not null)
        {
            return error;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var report in reports)
        {
            report.ProblemId = source!.Id;
        }

        var sourceItems = await ReturnWorkItemsAsync(source!.Id, target.Id, changes, cancellationToken);
        await ReturnSubscriptionsAsync(source.Id, target.Id, reports, changes, now, cancellationToken);
        source.MergedIntoId = null;
        source.Status = changes.SourceStatus;
        source.ClosedUtc = changes.SourceClosedUtc;
        merge!.UndoneUtc = now;
        merge.UndoneBy = actor;
        var numbers = string.Join(", ", reports.Select(r => r.TrackingNumber));
        db.Add(ProblemMergeService.Entry(target.Id, null, "unmerged", $"Merge of problem {source.Id} undone; reports moved back: {numbers}.", false, actor, now));
        db.Add(ProblemMergeService.Entry(source.Id, null, "unmerged", $"Merge into problem {target.Id} undone; reports back here: {numbers}.", false, actor, now));
        foreach (var report in reports)
        {
            db.Add(ProblemMergeService.Entry(source.Id, report.Id, "unmerged", "Your report is handled as a problem of its own again.", true, actor, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await sync.SyncAsync(source, sourceItems, now, cancellationToken);
        await sync.SyncAsync(target, await db.Set<WorkItem>().Where(w => w.ProblemId == target.Id).ToListAsync(cancellationToken), now, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Items the merge moved go back, as they are now; items it closed as duplicate reopen as they were.</summary>
    private async Task<List<WorkItem>> ReturnWorkItemsAsync(long sourceId, long targetId, ProblemMergeChanges changes, CancellationToken cancellationToken)
    {
        var moved = await db.Set<WorkItem>()
            .Where(w => w.ProblemId == targetId && changes.MovedWorkItemIds.Contains(w.Id)).ToListAsync(cancellationToken);
        foreach (var item in moved)
        {
            item.ProblemId = sourceId;
        }

        var items = await db.Set<WorkItem>().Where(w => w.ProblemId == sourceId).ToListAsync(cancellationToken);
        foreach (var closed in changes.ClosedWorkItems)
        {
            if (items.Find(w => w.Id == closed.Id) is { Status: RequestStatus.Duplicate } item)
            {
                item.Status = closed.Status;
                item.OnHoldSinceUtc = closed.OnHoldSinceUtc;
                item.ClosedUtc = null; // a merge closes open items only
            }
        }

        return [.. items, .. moved];
    }

    /// <summary>
    /// Subscriptions that came with the reports go back with them; addresses the merge folded into the target's own, and
    /// people who followed the problem without a report, are subscribed to it again (and stay on the target).
    /// </summary>
    private async Task ReturnSubscriptionsAsync(
        long sourceId, long targetId, List<ServiceRequest> reports, ProblemMergeChanges changes, DateTime now, CancellationToken cancellationToken)
    {
        var returning = reports.Select(r => (long?)r.Id).ToList();
        var moved = await db.Set<Subscription>()
            .Where(s => s.ProblemId == targetId && returning.Contains(s.ServiceRequestId)).ToListAsync(cancellationToken);
        foreach (var subscription in moved)
        {
            subscription.ProblemId = sourceId;
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var folded in changes.Subscriptions.Where(s => !moved.Exists(m => m.Email == s.Email) && (s.ServiceRequestId is null || returning.Contains(s.ServiceRequestId))))
        {
            await Subscriptions.SubscribeAsync(db, sourceId, folded.ServiceRequestId, folded.Email, now, cancellationToken);
        }
    }
}

/// <summary>A merge into a problem with the tracking numbers of the reports it moved.</summary>
public sealed record MergeSummary(ProblemMerge Merge, IReadOnlyList<string> TrackingNumbers);
