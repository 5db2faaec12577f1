using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Finds open problems a new report may duplicate: same type (or group) within the type's radius and window, or at
/// the same normalized address. Ranked as a city would pick "the original": the same address first, then the
/// earliest report, then the nearest. Uses the (type, latitude, longitude, created) and (type, address) indexes, never a scan.
/// </summary>
public sealed class DuplicateCandidateFinder(DbContext db, TimeProvider? clock = null)
{
    private const int PerQueryLimit = 200;

    public async Task<IReadOnlyList<DuplicateCandidate>> FindAsync(
        RequestType type, double? latitude, double? longitude, string? normalizedAddress, DateTime asOfUtc, int take, CancellationToken cancellationToken)
    {
        if (type.DuplicatesDisabled)
        {
            return [];
        }

        var since = asOfUtc.AddDays(-type.DuplicateWindowDays);
        var open = db.Set<Problem>().AsNoTracking()
                        // A merge closes the merged problem, so one merged after the instant was open then and counts.
            .Where(p => p.CreatedUtc <= asOfUtc && (p.ClosedUtc == null || p.ClosedUtc > asOfUtc));
        open = type.DuplicateMatchGroup && type.Group.Length > 0
            ? open.Where(p => p.RequestTypeGroup == type.Group)
            : open.Where(p => p.RequestTypeCode == type.Code);

        var found = new Dictionary<long, Problem>();
        if (latitude is { } lat && longitude is { } lon && type.DuplicateRadiusMeters > 0)
        {
            var (dLat, dLon) = GeoDistance.Degrees(lat, type.DuplicateRadiusMeters);
            // The window limits proximity only: an open problem at the very same address (a derelict house open for
            // months) stays the original however old it is.
            foreach (var problem in await open
                .Where(p => p.CreatedUtc >= since)
                .Where(p => p.Latitude >= lat - dLat && p.Latitude <= lat + dLat && p.Longitude >= lon - dLon && p.Longitude <= lon + dLon)
                .OrderBy(p => p.CreatedUtc).Take(PerQueryLimit).ToListAsync(cancellationToken))
            {
                found[problem.Id] = problem;
            }
        }

        if (type.DuplicateMatchAddress && normalizedAddress is not null)
        {
            foreach (var problem in await open.Where(p => p.NormalizedAddress == normalizedAddress)
                .OrderBy(p => p.CreatedUtc).Take(PerQueryLimit).ToListAsync(cancellationToken))
            {
                found[problem.Id] = problem;
            }
        }

        var ranked = found.Values
            .Select(p => Rank(p, type, latitude, longitude, normalizedAddress, asOfUtc))
            .Where(r => r.SameAddress || r.Distance is not null && r.Distance <= type.DuplicateRadiusMeters)
            .OrderByDescending(r => r.Score).ThenBy(r => r.Problem.CreatedUtc)
            .Take(take)
            .ToList();
        return await WithFirstReportsAsync(ranked, asOfUtc, cancellationToken);
    }

    internal static (Problem Problem, double Score, double? Distance, bool SameAddress) Rank(
        Problem problem, RequestType type, double? latitude, double? longitude, string? normalizedAddress, DateTime asOfUtc)
    {
        double? distance = latitude is { } lat && longitude is { } lon && problem.Latitude is { } pLat && problem.Longitude is { } pLon
            ? GeoDistance.Meters(lat, lon, pLat, pLon)
            : null;
        var sameAddress = normalizedAddress is not null && problem.NormalizedAddress == normalizedAddress;
        var proximity = distance is { } d && type.DuplicateRadiusMeters > 0 ? Math.Max(0, 1 - d / type.DuplicateRadiusMeters) : 0;
        var age = Math.Clamp((asOfUtc - problem.CreatedUtc).TotalDays / Math.Max(1, type.DuplicateWindowDays), 0, 1);
        // Same address outweighs everything; among the rest, the older report is the original, nearness breaks ties.
        var score = (sameAddress ? 0.6 : 0) + 0.25 * age + 0.15 * proximity;
        return (problem, Math.Round(score, 4), distance is null ? null : Math.Round(distance.Value, 1), sameAddress);
    }

    /// <summary>
    /// Each candidate with its first report as it stood at the instant: reports moved by a later merge count where they
    /// were then (found through the merge record), so a replay sees the problems the city saw.
    /// </summary>
    private async Task<IReadOnlyList<DuplicateCandidate>> WithFirstReportsAsync(
        List<(Problem Problem, double Score, double? Distance, bool SameAddress)> ranked, DateTime asOfUtc, CancellationToken cancellationToken)
    {
        var ids = ranked.Select(r => r.Problem.Id).ToList();
        var origin = await WhereReportsWereAsync(ids, asOfUtc, cancellationToken);
        var moved = origin.Keys.ToList();
        var reports = (await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => (ids.Contains(r.ProblemId) || moved.Contains(r.Id)) && r.RequestedUtc <= asOfUtc)
            .Select(r => new { r.ProblemId, r.TrackingNumber, r.RequestedUtc, r.SourceId, r.Id })
            .ToListAsync(cancellationToken))
            .Select(r => r with { ProblemId = origin.GetValueOrDefault(r.Id, r.ProblemId) })
            .Where(r => ids.Contains(r.ProblemId));
        var first = reports.GroupBy(r => r.ProblemId).ToDictionary(g => g.Key, g => g.OrderBy(r => r.RequestedUtc).ThenBy(r => r.Id).First());
        return ranked.Where(r => first.ContainsKey(r.Problem.Id)).Select(r =>
        {
            var report = first[r.Problem.Id];
            return new DuplicateCandidate(report.TrackingNumber, r.Problem.Id, r.Score, r.Distance, report.RequestedUtc,
                r.Problem.Address, report.SourceId, r.Problem.RequestTypeCode, r.SameAddress);
        }).ToList();
    }

    /// <summary>Reports moved by merges after the instant into or out of these problems, with the problem each was in then.</summary>
    private async Task<Dictionary<long, long>> WhereReportsWereAsync(List<long> problemIds, DateTime asOfUtc, CancellationToken cancellationToken)
    {
        // A lookup at the present (intake, live candidates: their instant is at most moments old) has no later merge to
        // undo, so it skips the query; only replays of the past pay for it.
        if (problemIds.Count == 0 || asOfUtc >= (clock ?? TimeProvider.System).GetUtcNow().UtcDateTime.AddSeconds(-1))
        {
            return [];
        }

        var merges = await db.Set<ProblemMerge>().AsNoTracking()
            .Where(m => m.MergedUtc > asOfUtc && m.UndoneUtc == null && (problemIds.Contains(m.SourceProblemId) || problemIds.Contains(m.TargetProblemId)))
            .OrderBy(m => m.MergedUtc).ToListAsync(cancellationToken);
        // A report moved by several later merges was, at the instant, in the source of the earliest.
        var origin = new Dictionary<long, long>();
        foreach (var merge in merges)
        {
            merge.Changes.MovedRequestIds.ForEach(id => origin.TryAdd(id, merge.SourceProblemId));
        }

        return origin;
    }
}
