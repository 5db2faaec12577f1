using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>Finds the problem a tracking number belongs to: staff act on problems through any of their reports.</summary>
public static class RequestLookup
{
    public static async Task<long?> ProblemIdAsync(DbContext db, string trackingNumber, CancellationToken cancellationToken)
    {
        var number = TrackingNumbers.Normalize(trackingNumber);
        return await db.Set<ServiceRequest>().Where(r => r.TrackingNumber == number).Select(r => (long?)r.ProblemId).FirstOrDefaultAsync(cancellationToken);
    }
}
