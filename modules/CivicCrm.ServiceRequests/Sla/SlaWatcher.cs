using CivicCrm.Data;
using CivicCrm.Departments;
using CivicCrm.Notifications;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Sla;

/// <summary>
/// Emails the department's supervisors once when a work item reaches its warning time and once when it breaches.
/// Each email is claimed by a conditional update in the same transaction as its outbox row, so several nodes never
/// send it twice. Work items on hold are skipped: their clock is paused.
/// </summary>
public sealed class SlaWatcher(DbContext db, IUnitOfWork unitOfWork, IDepartmentDirectory departments, INotificationSender sender, TimeProvider clock)
{
    private const int Batch = 100;

    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var sent = 0;
        var warnings = await Due(w => w.WarningUtc <= now && w.WarningSentUtc == null).ToListAsync(cancellationToken);
        foreach (var item in warnings)
        {
            sent += await NotifyAsync(item, breach: false, now, cancellationToken);
        }

        var breaches = await Due(w => w.DueUtc <= now && w.BreachSentUtc == null).ToListAsync(cancellationToken);
        foreach (var item in breaches)
        {
            sent += await NotifyAsync(item, breach: true, now, cancellationToken);
        }

        return sent;
    }

    private IQueryable<WorkItem> Due(System.Linq.Expressions.Expression<Func<WorkItem, bool>> when) =>
        db.Set<WorkItem>().AsNoTracking()
            .Where(w => w.ClosedUtc == null && w.Status != RequestStatus.OnHold)
            .Where(when)
            .OrderBy(w => w.DueUtc)
            .Take(Batch);

    private async Task<int> NotifyAsync(WorkItem item, bool breach, DateTime now, CancellationToken cancellationToken)
    {
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var claimed = breach
            ? await db.Set<WorkItem>().Where(w => w.Id == item.Id && w.BreachSentUtc == null).ExecuteUpdateAsync(s => s.SetProperty(w => w.BreachSentUtc, now), cancellationToken)
            : await db.Set<WorkItem>().Where(w => w.Id == item.Id && w.WarningSentUtc == null).ExecuteUpdateAsync(s => s.SetProperty(w => w.WarningSentUtc, now), cancellationToken);
        if (claimed != 1)
        {
            return 0;
        }

        var department = await departments.FindAsync(item.DepartmentCode, cancellationToken);
        var request = await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.ProblemId == item.ProblemId).OrderBy(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var type = request is null ? null : await db.Set<RequestType>().AsNoTracking().Where(t => t.Code == request.RequestTypeCode).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        var recipients = department is null ? [] : department.SupervisorEmails.Count > 0 ? department.SupervisorEmails : [department.Email];
        var model = new Dictionary<string, object?>
        {
            ["departmentName"] = department?.Name ?? item.DepartmentCode,
            ["trackingNumber"] = request?.TrackingNumber,
            ["typeName"] = type,
            ["dueDate"] = item.DueUtc?.ToString("yyyy-MM-dd HH:mm 'UTC'", System.Globalization.CultureInfo.InvariantCulture),
            ["status"] = item.Status.Label(),
            ["adminUrl"] = $"/admin/requests/{request?.TrackingNumber}",
        };
        foreach (var recipient in recipients.Where(r => !string.IsNullOrWhiteSpace(r)))
        {
            await sender.QueueTemplateAsync(breach ? "sla-breach" : "sla-warning", recipient, model, cancellationToken);
        }

        await scope.CompleteAsync(cancellationToken);
        return 1;
    }
}
