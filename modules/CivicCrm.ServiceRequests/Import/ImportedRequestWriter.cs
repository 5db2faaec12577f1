using CivicCrm.Departments;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Import;

/// <summary>
/// Files one historical row as intake would have at its requested time: attached to the best open duplicate
/// candidate as of then, else a new problem with a work item whose due date comes from the SLA calendar. The
/// original times and status are kept, with "filed" and status events at those instants. No emails are sent.
/// </summary>
public sealed class ImportedRequestWriter(DbContext db, DuplicateCandidateFinder duplicates, ISlaCalendar calendar, TimeProvider clock)
{
    public const string Actor = "import";

    /// <summary>Adds the row's report (saved; its events are saved with the next save). True when it joined an existing problem.</summary>
    public async Task<bool> WriteAsync(ParsedImportRow row, RequestType type, CancellationToken cancellationToken)
    {
        var normalized = AddressNormalizer.Normalize(row.Address);
        var candidates = await duplicates.FindAsync(type, row.Latitude, row.Longitude, normalized, row.RequestedUtc, 1, cancellationToken);
        long problemId;
        WorkItem? workItem = null;
        DateTime? due;
        if (candidates.Count > 0)
        {
            problemId = candidates[0].ProblemId;
            due = await db.Set<WorkItem>().Where(w => w.ProblemId == problemId && w.ClosedUtc == null).MinAsync(w => w.DueUtc, cancellationToken);
        }
        else
        {
            workItem = await OpenProblemAsync(row, type, normalized, cancellationToken);
            problemId = workItem.ProblemId;
            due = workItem.DueUtc;
        }

        var report = new ServiceRequest
        {
            TrackingNumber = TrackingNumbers.New(), // a clash (one in 10^12) fails the batch on the unique index; rerunning fixes it
            ProblemId = problemId, RequestTypeCode = type.Code, Status = row.Status, Priority = type.DefaultPriority,
            Description = row.Description, Address = row.Address, NormalizedAddress = normalized, Latitude = row.Latitude,
            Longitude = row.Longitude, Channel = Channel.Import, CreatedBy = Actor, RequestedUtc = row.RequestedUtc,
            UpdatedUtc = row.ClosedUtc ?? row.RequestedUtc, ClosedUtc = row.ClosedUtc, ExpectedUtc = due, SourceId = row.SourceId,
        };
        db.Add(report);
        await db.SaveChangesAsync(cancellationToken);
        db.Add(new RequestEvent
        {
            ProblemId = problemId, ServiceRequestId = report.Id, Kind = "filed", ToStatus = RequestStatus.Submitted, IsPublic = true, Actor = Actor,
            Note = $"Imported from the previous system (record {row.SourceId}).", CreatedUtc = row.RequestedUtc,
        });
        if (row.Status != RequestStatus.Submitted)
        {
            db.Add(new RequestEvent
            {
                ProblemId = problemId, ServiceRequestId = report.Id, WorkItemId = workItem?.Id, Kind = "status", FromStatus = RequestStatus.Submitted,
                ToStatus = row.Status, IsPublic = true, Actor = Actor, Note = "Status in the previous system.", CreatedUtc = row.ClosedUtc ?? row.RequestedUtc,
            });
        }

        return workItem is null;
    }

    private async Task<WorkItem> OpenProblemAsync(ParsedImportRow row, RequestType type, string? normalized, CancellationToken cancellationToken)
    {
        var problem = new Problem
        {
            RequestTypeCode = type.Code, RequestTypeGroup = type.Group, Status = row.Status, Address = row.Address, NormalizedAddress = normalized,
            Latitude = row.Latitude, Longitude = row.Longitude, CreatedUtc = row.RequestedUtc, UpdatedUtc = row.ClosedUtc ?? row.RequestedUtc,
            ClosedUtc = row.ClosedUtc,
        };
        db.Add(problem);
        await db.SaveChangesAsync(cancellationToken);
        var start = new DateTimeOffset(row.RequestedUtc, TimeSpan.Zero);
        var now = clock.GetUtcNow().UtcDateTime;
        var workItem = new WorkItem
        {
            ProblemId = problem.Id, DepartmentCode = type.DepartmentCode, Status = row.Status, CreatedUtc = row.RequestedUtc, ClosedUtc = row.ClosedUtc,
            DueUtc = (await calendar.AddAsync(type.DepartmentCode, start, type.SlaTargetHours, type.SlaClock, cancellationToken)).UtcDateTime,
            WarningUtc = (await calendar.AddAsync(type.DepartmentCode, start, type.SlaWarningHours, type.SlaClock, cancellationToken)).UtcDateTime,
        };
        // Old open items already past their instants would otherwise email every supervisor at once on the next SLA check.
        workItem.WarningSentUtc = workItem.WarningUtc <= now ? now : null;
        workItem.BreachSentUtc = workItem.DueUtc <= now ? now : null;
        db.Add(workItem);
        await db.SaveChangesAsync(cancellationToken);
        return workItem;
    }
}
