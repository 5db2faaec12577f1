using CivicCrm.ServiceRequests.Endpoints;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Contracts;

/// <summary>Status changes and notes from other channels, through <see cref="LifecycleService"/> like staff changes.</summary>
internal sealed class RequestStatusUpdater(DbContext db, LifecycleService lifecycle) : IRequestStatusUpdater
{
    public async Task<RequestUpdateOutcome> UpdateAsync(
        string trackingNumber, string? status, string? note, bool isPublic, string? actor, CancellationToken cancellationToken = default)
    {
        var parsed = status is null ? null : Api.ParseStatus(status);
        if (status is not null && parsed is null)
        {
            return new RequestUpdateOutcome(null, false, $"'{status}' is not a status.");
        }

        if (await RequestLookup.ProblemIdAsync(db, trackingNumber, cancellationToken) is not { } problemId)
        {
            return new RequestUpdateOutcome(null, true, $"There is no request '{trackingNumber}'.");
        }

        var error = await lifecycle.ChangeAsync(problemId, new StatusChange(parsed, note, isPublic, null, actor), cancellationToken);
        if (error is not null)
        {
            return new RequestUpdateOutcome(null, false, error);
        }

        var id = await db.Set<RequestEvent>().Where(e => e.ProblemId == problemId).MaxAsync(e => e.Id, cancellationToken);
        return new RequestUpdateOutcome(id, false, null);
    }
}
