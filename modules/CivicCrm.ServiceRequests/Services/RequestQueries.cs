using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>Reads a report with its problem, work items and history; <see cref="PublicOnly"/> views hide internal notes.</summary>
public sealed class RequestQueries(DbContext db, WardLocator wards)
{
    public async Task<RequestDetail?> FindAsync(string trackingNumber, bool publicOnly, CancellationToken cancellationToken = default)
    {
        var number = TrackingNumbers.Normalize(trackingNumber);
        var request = await db.Set<ServiceRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.TrackingNumber == number, cancellationToken);
        if (request is null)
        {
            return null;
        }

        var problem = await db.Set<Problem>().AsNoTracking().FirstAsync(p => p.Id == request.ProblemId, cancellationToken);
        var type = await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == request.RequestTypeCode, cancellationToken);
        var items = await db.Set<WorkItem>().AsNoTracking().Where(w => w.ProblemId == problem.Id).OrderBy(w => w.Id).ToListAsync(cancellationToken);
        var history = await db.Set<RequestEvent>().AsNoTracking()
            .Where(e => e.ProblemId == problem.Id && (!publicOnly || e.IsPublic || e.Kind == "status"))
            .OrderBy(e => e.Id).ToListAsync(cancellationToken);
        var reports = await db.Set<ServiceRequest>().CountAsync(r => r.ProblemId == problem.Id, cancellationToken);
        IReadOnlyList<MergeSummary> merges = publicOnly ? [] : await MergedIntoAsync(problem.Id, cancellationToken);
        return new RequestDetail(request, problem, type, items, history, reports, merges, await wards.FindAsync(problem.Latitude, problem.Longitude, cancellationToken));
    }

    /// <summary>Merges into a problem, newest first, with the tracking numbers of the reports they moved.</summary>
    private async Task<IReadOnlyList<MergeSummary>> MergedIntoAsync(long problemId, CancellationToken cancellationToken)
    {
        var merges = await db.Set<ProblemMerge>().AsNoTracking()
            .Where(m => m.TargetProblemId == problemId).OrderByDescending(m => m.Id).ToListAsync(cancellationToken);
        var ids = merges.SelectMany(m => m.Changes.MovedRequestIds).ToList();
        var numbers = await db.Set<ServiceRequest>().AsNoTracking().Where(r => ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => r.TrackingNumber, cancellationToken);
        return merges.Select(m => new MergeSummary(m, m.Changes.MovedRequestIds.Where(numbers.ContainsKey).Select(id => numbers[id]).ToList())).ToList();
    }

    public static string PublicNote(RequestEvent entry, bool publicOnly) =>
        publicOnly && !entry.IsPublic ? "" : entry.Note ?? "";
}
