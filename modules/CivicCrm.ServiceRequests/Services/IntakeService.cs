using CivicCrm.Data;
using CivicCrm.Modules;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Files a report from any channel: validates it, finds or creates its problem (with a work item for the owning
/// department and its SLA), gives it a tracking number and the promised date, subscribes the reporter.
/// </summary>
public sealed class IntakeService(
    DbContext db,
    IntakeValidator validator,
    DuplicateCandidateFinder duplicates,
    WorkItemFactory workItems,
    IEnabledServices<IServiceRequestObserver> observers,
    IUnitOfWork unitOfWork,
    ITrackingNumberSource trackingNumbers,
    IDatabaseErrors databaseErrors,
    TimeProvider clock)
{
    /// <summary>
    /// Draws of a tracking number before intake gives up: random clashes are about one in 10^12, so five failing in a
    /// row means something else is wrong.
    /// </summary>
    public const int TrackingNumberAttempts = 5;

    /// <summary>The errors filing would report, without filing.</summary>
    public async Task<IReadOnlyDictionary<string, string[]>> ValidateOnlyAsync(IntakeRequest request, CancellationToken cancellationToken = default) =>
        (await validator.ValidateAsync(request, cancellationToken)).Errors;

    public async Task<IntakeResult> FileAsync(IntakeRequest request, CancellationToken cancellationToken = default)
    {
        var (type, answers, errors) = await validator.ValidateAsync(request, cancellationToken);
        if (errors.Count > 0)
        {
            return IntakeResult.Failed(errors);
        }

        // Problem, work item, report, history, subscription and emails commit together, whoever calls.
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var normalized = AddressNormalizer.Normalize(request.Address);
        var problem = await ChooseProblemAsync(request, type!, normalized, now, cancellationToken);
        WorkItem? workItem = null;
        if (problem is null)
        {
            (problem, workItem) = await OpenProblemAsync(request, type!, normalized, now, cancellationToken);
        }

        var due = await db.Set<WorkItem>().Where(w => w.ProblemId == problem.Id && w.ClosedUtc == null)
            .MinAsync(w => w.DueUtc, cancellationToken) ?? workItem?.DueUtc;
        var report = new ServiceRequest
        {
            ProblemId = problem.Id,
            RequestTypeCode = type!.Code,
            Status = problem.Status,
            Priority = type.DefaultPriority,
            Description = request.Description?.Trim(),
            Answers = answers,
            Address = request.Address?.Trim(),
            NormalizedAddress = normalized,
            Latitude = request.Latitude,
            Longitude = request.Longitude,
            Channel = request.Channel,
            ContactName = request.ContactName?.Trim(),
            ContactEmail = request.ContactEmail?.Trim(),
            ContactPhone = request.ContactPhone?.Trim(),
            MediaUrl = request.MediaUrl?.Trim(),
            CreatedBy = request.CreatedBy,
            RequestedUtc = now,
            UpdatedUtc = now,
            ExpectedUtc = due,
        };
        db.Add(report);
        await SaveWithNewTrackingNumberAsync(report, cancellationToken);
        db.Add(new RequestEvent
        {
            ProblemId = problem.Id, ServiceRequestId = report.Id, Kind = "filed", ToStatus = report.Status, IsPublic = true,
            Note = workItem is null ? "Added to an open report of the same problem." : "Report received.", Actor = request.CreatedBy, CreatedUtc = now,
        });
        if (!string.IsNullOrWhiteSpace(report.ContactEmail))
        {
            await Subscriptions.SubscribeAsync(db, problem.Id, report.Id, report.ContactEmail, now, cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var observer in observers.All)
        {
            await observer.FiledAsync(report, problem, type, workItem, cancellationToken);
        }

        await scope.CompleteAsync(cancellationToken);
        return new IntakeResult(report.TrackingNumber, problem.Id, report.ExpectedUtc, workItem is null, new Dictionary<string, string[]>());
    }

    private async Task<Problem?> ChooseProblemAsync(IntakeRequest request, RequestType type, string? normalized, DateTime now, CancellationToken cancellationToken)
    {
        if (request.AttachToProblemId is { } chosen)
        {
            return await db.Set<Problem>().FirstOrDefaultAsync(p => p.Id == chosen && p.MergedIntoId == null, cancellationToken);
        }

        if (!request.LinkAutomatically)
        {
            return null;
        }

        var candidates = await duplicates.FindAsync(type, request.Latitude, request.Longitude, normalized, now, 1, cancellationToken);
        var best = candidates.Count > 0 ? candidates[0] : null;
        return best is null ? null : await db.Set<Problem>().FirstAsync(p => p.Id == best.ProblemId, cancellationToken);
    }

    private async Task<(Problem, WorkItem)> OpenProblemAsync(
        IntakeRequest request, RequestType type, string? normalized, DateTime now, CancellationToken cancellationToken)
    {
        var problem = new Problem
        {
            RequestTypeCode = type.Code, RequestTypeGroup = type.Group, Address = request.Address?.Trim(), NormalizedAddress = normalized,
            Latitude = request.Latitude, Longitude = request.Longitude, CreatedUtc = now, UpdatedUtc = now,
        };
        db.Add(problem);
        await db.SaveChangesAsync(cancellationToken);
        var workItem = await workItems.CreateAsync(problem.Id, type.DepartmentCode, type, now, cancellationToken);
        db.Add(workItem);
        await db.SaveChangesAsync(cancellationToken);
        return (problem, workItem);
    }

    /// <summary>
    /// Saves the report (the only pending change) under a fresh tracking number, drawing again when the unique index
    /// refuses one that another intake took first: the insert is the check, so two intakes at once cannot both hold
    /// a number. A failed save inside the unit of work's transaction rolls back to the savepoint EF Core sets before
    /// each save, so the problem and work item saved before stay and the transaction can go on.
    /// </summary>
    private async Task SaveWithNewTrackingNumberAsync(ServiceRequest report, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            report.TrackingNumber = trackingNumbers.Next();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException exception) when (attempt < TrackingNumberAttempts && databaseErrors.IsUniqueViolation(exception))
            {
                // Drawn by another report already: draw again.
            }
        }
    }
}
