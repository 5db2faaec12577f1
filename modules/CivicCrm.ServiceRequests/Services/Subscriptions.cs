using System.Security.Cryptography;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

public static class Subscriptions
{
    /// <summary>Subscribes an address to a problem once; returns the subscription (new or existing).</summary>
    public static async Task<Subscription> SubscribeAsync(DbContext db, long problemId, long? requestId, string email, DateTime now, CancellationToken cancellationToken)
    {
        var address = email.Trim().ToLowerInvariant();
        var existing = await db.Set<Subscription>().FirstOrDefaultAsync(s => s.ProblemId == problemId && s.Email == address, cancellationToken);
        if (existing is not null)
        {
            return existing;
        }

        var subscription = new Subscription
        {
            ProblemId = problemId, ServiceRequestId = requestId, Email = address, CreatedUtc = now,
            Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
        };
        db.Add(subscription);
        return subscription;
    }
}
