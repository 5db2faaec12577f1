using CivicCrm.Departments;
using CivicCrm.ServiceRequests.Endpoints;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Contracts;

/// <summary>
/// Public reads for open-data channels: one query for the page of reports (by the requested-time index), then one
/// per related table for the whole page, never per report. Contact data is never selected.
/// </summary>
internal sealed class PublicRequestReader(DbContext db, IDepartmentDirectory departments, WardLocator wards) : IPublicRequestReader
{
    private static readonly RequestStatus[] OpenStatuses =
        [RequestStatus.Submitted, RequestStatus.Acknowledged, RequestStatus.InProgress, RequestStatus.OnHold];

    public async Task<IReadOnlyList<PublicRequestInfo>> SearchAsync(PublicRequestQuery query, CancellationToken cancellationToken = default)
    {
        var reports = Filter(db.Set<ServiceRequest>().AsNoTracking(), query);
        var page = await reports.OrderByDescending(r => r.RequestedUtc).ThenByDescending(r => r.Id)
            .Skip(query.Skip).Take(query.Take)
            .Select(r => new
            {
                r.Id, r.TrackingNumber, r.ProblemId, r.RequestTypeCode, r.Status, r.Description, r.RequestedUtc, r.UpdatedUtc,
                r.ExpectedUtc, r.Address, r.Latitude, r.Longitude, r.MediaUrl, r.Channel, Answers = query.WithDetails ? r.Answers : null,
            })
            .ToListAsync(cancellationToken);
        if (page.Count == 0)
        {
            return [];
        }

        var problemIds = page.Select(r => r.ProblemId).Distinct().ToList();
        var codes = page.Select(r => r.RequestTypeCode).Distinct().ToList();
        var typeNames = await db.Set<RequestType>().AsNoTracking().Where(t => codes.Contains(t.Code))
            .ToDictionaryAsync(t => t.Code, t => t.Name, cancellationToken);
        var agencies = await AgenciesAsync(problemIds, cancellationToken);
        var firstReports = await FirstReportsAsync(problemIds, cancellationToken);
        var events = await db.Set<RequestEvent>().AsNoTracking()
            .Where(e => problemIds.Contains(e.ProblemId) && (e.IsPublic || e.Kind == "status"))
            .OrderBy(e => e.Id)
            .Select(e => new { e.Id, e.ProblemId, e.Kind, e.ToStatus, e.IsPublic, e.Note, e.CreatedUtc })
            .ToListAsync(cancellationToken);
        var byProblem = events.ToLookup(e => e.ProblemId);
        var wardNames = new Dictionary<long, string?>();
        foreach (var r in query.WithDetails ? page : [])
        {
            wardNames[r.Id] = (await wards.FindAsync(r.Latitude, r.Longitude, cancellationToken))?.Name;
        }

        return page.Select(r =>
        {
            var history = byProblem[r.ProblemId].ToList();
            var latestNote = history.LastOrDefault(e => e.IsPublic && !string.IsNullOrWhiteSpace(e.Note))?.Note;
            var first = firstReports.TryGetValue(r.ProblemId, out var found) ? found : ((long Id, string TrackingNumber)?)null;
            return new PublicRequestInfo(
                r.TrackingNumber, Api.Status(r.Status), r.Status.IsOpen(), r.RequestTypeCode, typeNames.GetValueOrDefault(r.RequestTypeCode),
                r.Description, agencies.GetValueOrDefault(r.ProblemId), r.RequestedUtc, r.UpdatedUtc, r.ExpectedUtc, PublicAddress.Of(r.Address),
                r.Latitude, r.Longitude, r.MediaUrl, ChannelName(r.Channel), latestNote,
                first is not null && first.Value.Id != r.Id ? first.Value.TrackingNumber : null,
                query.WithDetails ? r.Answers : null,
                query.WithDetails
                    ? history.Select(e => new PublicNoteInfo(e.Id, e.Kind, e.ToStatus is { } s ? Api.Status(s) : null, e.IsPublic ? e.Note : null, e.CreatedUtc)).ToList()
                    : null,
                wardNames.GetValueOrDefault(r.Id));
        }).ToList();
    }

    public async Task<IReadOnlyList<PublicRequestUpdate>> UpdatesAsync(DateTime fromUtc, DateTime toUtc, int take, CancellationToken cancellationToken = default)
    {
        var changes = await db.Set<RequestEvent>().AsNoTracking()
            .Where(e => e.CreatedUtc >= fromUtc && e.CreatedUtc <= toUtc && e.Kind != "filed" && (e.IsPublic || e.Kind == "status"))
            .OrderBy(e => e.CreatedUtc).ThenBy(e => e.Id).Take(take)
            .Select(e => new { e.Id, e.ProblemId, e.ToStatus, e.IsPublic, e.Note, e.CreatedUtc })
            .ToListAsync(cancellationToken);
        var problemIds = changes.Select(e => e.ProblemId).Distinct().ToList();
        var problems = await db.Set<Problem>().AsNoTracking().Where(p => problemIds.Contains(p.Id))
            .ToDictionaryAsync(p => p.Id, p => p.Status, cancellationToken);
        var reports = (await db.Set<ServiceRequest>().AsNoTracking().Where(r => problemIds.Contains(r.ProblemId))
            .Select(r => new { r.ProblemId, r.TrackingNumber, r.RequestedUtc, r.MediaUrl }).ToListAsync(cancellationToken))
            .ToLookup(r => r.ProblemId);
        return changes.SelectMany(e => reports[e.ProblemId].Where(r => r.RequestedUtc <= e.CreatedUtc).Select(r =>
        {
            var status = e.ToStatus ?? problems.GetValueOrDefault(e.ProblemId, RequestStatus.Submitted);
            return new PublicRequestUpdate(e.Id, r.TrackingNumber, Api.Status(status), status.IsOpen(), e.IsPublic ? e.Note : null, e.CreatedUtc, null);
        })).ToList();
    }

    private static string ChannelName(Channel channel) => channel == Channel.WalkIn ? "walk_in" : channel.ToString().ToLowerInvariant();

    private static IQueryable<ServiceRequest> Filter(IQueryable<ServiceRequest> reports, PublicRequestQuery query)
    {
        if (query.TrackingNumbers is { Count: > 0 } numbers)
        {
            var normalized = numbers.Select(TrackingNumbers.Normalize).ToList();
            return reports.Where(r => normalized.Contains(r.TrackingNumber));
        }

        if (query.ServiceCodes is { Count: > 0 } codes)
        {
            var list = codes.ToList();
            reports = reports.Where(r => list.Contains(r.RequestTypeCode));
        }

        if (query.FromUtc is { } from)
        {
            reports = reports.Where(r => r.RequestedUtc >= from);
        }

        if (query.ToUtc is { } to)
        {
            reports = reports.Where(r => r.RequestedUtc <= to);
        }

        return query.Open switch
        {
            true => reports.Where(r => OpenStatuses.Contains(r.Status)),
            false => reports.Where(r => !OpenStatuses.Contains(r.Status)),
            null => reports,
        };
    }

    /// <summary>The department acting on each problem: its open work item, else the last one that was not transferred.</summary>
    private async Task<Dictionary<long, string>> AgenciesAsync(List<long> problemIds, CancellationToken cancellationToken)
    {
        var items = await db.Set<WorkItem>().AsNoTracking().Where(w => problemIds.Contains(w.ProblemId))
            .Select(w => new { w.Id, w.ProblemId, w.DepartmentCode, w.Status }).ToListAsync(cancellationToken);
        var names = (await departments.ListAsync(cancellationToken)).ToDictionary(d => d.Code, d => d.Name, StringComparer.OrdinalIgnoreCase);
        return items.GroupBy(w => w.ProblemId).ToDictionary(g => g.Key, g =>
        {
            var item = g.Where(w => w.Status.IsOpen()).OrderByDescending(w => w.Id).FirstOrDefault()
                ?? g.Where(w => w.Status != RequestStatus.Transferred).OrderByDescending(w => w.Id).FirstOrDefault() ?? g.First();
            return names.GetValueOrDefault(item.DepartmentCode, item.DepartmentCode);
        });
    }

    private async Task<Dictionary<long, (long Id, string TrackingNumber)>> FirstReportsAsync(List<long> problemIds, CancellationToken cancellationToken)
    {
        var firstIds = await db.Set<ServiceRequest>().AsNoTracking().Where(r => problemIds.Contains(r.ProblemId))
            .GroupBy(r => r.ProblemId).Select(g => g.Min(r => r.Id)).ToListAsync(cancellationToken);
        return (await db.Set<ServiceRequest>().AsNoTracking().Where(r => firstIds.Contains(r.Id))
            .Select(r => new { r.Id, r.ProblemId, r.TrackingNumber }).ToListAsync(cancellationToken))
            .ToDictionary(r => r.ProblemId, r => (r.Id, r.TrackingNumber));
    }
}
