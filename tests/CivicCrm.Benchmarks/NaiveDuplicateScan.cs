using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Benchmarks;

/// <summary>
/// The baseline: load every open problem of the type in the window, then compute each one's distance (or compare
/// its address) in memory. What duplicate detection looks like without the bounding-box query.
/// </summary>
public static class NaiveDuplicateScan
{
    public static async Task<List<Problem>> NearAsync(DbContext db, RequestType type, double latitude, double longitude, DateTime asOfUtc, int take)
    {
        var all = await OpenOfType(db, type, asOfUtc).ToListAsync();
        return all.Where(p => p.Latitude is { } lat && p.Longitude is { } lon && GeoDistance.Meters(latitude, longitude, lat, lon) <= type.DuplicateRadiusMeters)
            .OrderBy(p => p.CreatedUtc).Take(take).ToList();
    }

    public static async Task<List<Problem>> AtAddressAsync(DbContext db, RequestType type, string normalizedAddress, DateTime asOfUtc, int take)
    {
        var all = await OpenOfType(db, type, asOfUtc).ToListAsync();
        return all.Where(p => p.NormalizedAddress == normalizedAddress).OrderBy(p => p.CreatedUtc).Take(take).ToList();
    }

    private static IQueryable<Problem> OpenOfType(DbContext db, RequestType type, DateTime asOfUtc)
    {
        var since = asOfUtc.AddDays(-type.DuplicateWindowDays);
        return db.Set<Problem>().AsNoTracking().Where(p => p.RequestTypeCode == type.Code && p.MergedIntoId == null
            && p.CreatedUtc <= asOfUtc && p.CreatedUtc >= since && (p.ClosedUtc == null || p.ClosedUtc > asOfUtc));
    }
}
