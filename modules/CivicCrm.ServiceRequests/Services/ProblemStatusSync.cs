using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>Derives a problem's status from its work items and copies it to every report, so all callers get the same answer.</summary>
public sealed class ProblemStatusSync(DbContext db)
{
    /// <summary>
    /// The problem is open while any department still works on it. Transferred items are done (a new item carries
    /// the work), so they neither keep the problem open nor name its final status. Saved changes only: reports
    /// moved to the problem must be saved before this runs.
    /// </summary>
    public async Task SyncAsync(Problem problem, IReadOnlyCollection<WorkItem> items, DateTime now, CancellationToken cancellationToken)
    {
        var open = items.Where(w => w.Status.IsOpen()).ToList();
        var done = items.Where(w => w.Status != RequestStatus.Transferred).ToList();
        problem.Status = open.Count > 0
            ? open.Min(w => w.Status) == RequestStatus.Submitted && open.Any(w => w.Status != RequestStatus.Submitted) ? RequestStatus.InProgress : open.Max(w => w.Status)
            : done.Exists(w => w.Status == RequestStatus.Closed) ? RequestStatus.Closed
            : done.Count > 0 ? done.Max(w => w.Status) : RequestStatus.Transferred;
        problem.ClosedUtc = open.Count > 0 ? null : problem.ClosedUtc ?? now;
        problem.UpdatedUtc = now;
        var status = problem.Status;
        var closed = problem.ClosedUtc;
        await db.Set<ServiceRequest>()
            .Where(r => r.ProblemId == problem.Id && r.Status != RequestStatus.Cancelled)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, status).SetProperty(r => r.ClosedUtc, closed).SetProperty(r => r.UpdatedUtc, now), cancellationToken);
    }
}
