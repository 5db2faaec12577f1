using System.Security.Cryptography;
using System.Text.Json;
using CivicCrm.Open311.Models;
using CivicCrm.ServiceRequests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CivicCrm.Open311.Services;

/// <summary>
/// Batch services: a submission is validated at once (so errors still come back on the POST), stored with a token,
/// and filed through the same intake by <see cref="RunOnceAsync"/>, which the batch worker calls every few seconds.
/// </summary>
public sealed class BatchIntake(DbContext db, IServiceRequestIntake intake, TimeProvider clock, ILogger<BatchIntake> logger)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<string> EnqueueAsync(IntakeSubmission submission, CancellationToken cancellationToken)
    {
        var pending = new PendingSubmission
        {
            Token = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16)),
            SubmissionJson = JsonSerializer.Serialize(submission, Json),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(pending);
        await db.SaveChangesAsync(cancellationToken);
        return pending.Token;
    }

    public Task<PendingSubmission?> FindAsync(string token, CancellationToken cancellationToken) =>
        db.Set<PendingSubmission>().AsNoTracking().FirstOrDefaultAsync(p => p.Token == token, cancellationToken);

    /// <summary>Files waiting submissions, oldest first; returns how many were filed or refused.</summary>
    public async Task<int> RunOnceAsync(int batchSize, CancellationToken cancellationToken)
    {
        var waiting = await db.Set<PendingSubmission>().AsNoTracking().Where(p => p.ClaimedUtc == null)
            .OrderBy(p => p.Id).Take(batchSize).Select(p => p.Id).ToListAsync(cancellationToken);
        var done = 0;
        foreach (var id in waiting)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            var claimed = await db.Set<PendingSubmission>().Where(p => p.Id == id && p.ClaimedUtc == null)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.ClaimedUtc, now), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var pending = await db.Set<PendingSubmission>().FirstAsync(p => p.Id == id, cancellationToken);
            var submission = JsonSerializer.Deserialize<IntakeSubmission>(pending.SubmissionJson, Json)!;
            IntakeOutcome outcome;
            try
            {
                outcome = await intake.FileAsync(submission, cancellationToken);
            }
            catch (DbUpdateException exception)
            {
                // Claimed but not filed: say so on the token instead of leaving it pending forever.
                Open311Log.BatchFailed(logger, pending.Token, exception);
                db.ChangeTracker.Clear();
                await db.Set<PendingSubmission>().Where(p => p.Id == id)
                    .ExecuteUpdateAsync(s => s.SetProperty(p => p.Error, "The city's system could not file it; please submit it again."), cancellationToken);
                done++;
                continue;
            }

            if (outcome.Succeeded)
            {
                pending.TrackingNumber = outcome.TrackingNumber;
                Open311Log.BatchFiled(logger, pending.Token, outcome.TrackingNumber!);
            }
            else
            {
                pending.Error = string.Join(" ", outcome.Errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")));
                Open311Log.BatchRefused(logger, pending.Token, string.Join(",", outcome.Errors.Keys));
            }

            await db.SaveChangesAsync(cancellationToken);
            done++;
        }

        return done;
    }
}
