using System.Globalization;
using CivicCrm.Departments;
using CivicCrm.Notifications;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.Settings;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CivicCrm.ServiceRequests.Email;

/// <summary>Queues the emails a filed report and a public change call for, in the same transaction.</summary>
public sealed class ServiceRequestEmails(
    INotificationSender sender, IDepartmentDirectory departments, ISiteSettings settings, DbContext db,
    IHttpContextAccessor http, IOptions<ServiceRequestsOptions> options) : IServiceRequestObserver
{
    public async Task FiledAsync(ServiceRequest request, Problem problem, RequestType type, WorkItem? newWorkItem, CancellationToken cancellationToken)
    {
        // The resident reads the address they gave, or the building of the problem they joined (never another's unit).
        var model = await ModelAsync(request.TrackingNumber, type.Name, request.Address ?? PublicAddress.Of(problem.Address), request.ExpectedUtc, cancellationToken);
        if (!string.IsNullOrWhiteSpace(request.ContactEmail))
        {
            await sender.QueueTemplateAsync("request-received", request.ContactEmail, model, cancellationToken);
        }

        if (newWorkItem is not null && await departments.FindAsync(newWorkItem.DepartmentCode, cancellationToken) is { } department)
        {
            model["address"] = problem.Address;
            model["departmentName"] = department.Name;
            model["description"] = request.Description;
            await sender.QueueTemplateAsync("department-new-request", department.Email, model, cancellationToken);
        }
    }

    public async Task PublicChangeAsync(Problem problem, RequestEvent change, IReadOnlyList<Subscription> subscribers, CancellationToken cancellationToken)
    {
        var type = await db.Set<RequestType>().AsNoTracking().Where(t => t.Code == problem.RequestTypeCode).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        // One query for every subscriber: each is told about the report they made, or the problem's first report.
        var requestIds = subscribers.Where(s => s.ServiceRequestId is not null).Select(s => s.ServiceRequestId!.Value).ToList();
        var reports = await db.Set<ServiceRequest>().AsNoTracking()
            .Where(r => r.ProblemId == problem.Id || requestIds.Contains(r.Id))
            .OrderBy(r => r.RequestedUtc).ThenBy(r => r.Id)
            .Select(r => new { r.Id, r.ProblemId, r.TrackingNumber }).ToListAsync(cancellationToken);
        var first = reports.FirstOrDefault(r => r.ProblemId == problem.Id)?.TrackingNumber ?? "";
        foreach (var subscriber in subscribers)
        {
            var tracking = reports.Find(r => r.Id == subscriber.ServiceRequestId)?.TrackingNumber ?? first;
            var model = await ModelAsync(tracking, type ?? problem.RequestTypeCode, PublicAddress.Of(problem.Address), null, cancellationToken);
            model["status"] = problem.Status.Label();
            model["publicNote"] = change.IsPublic ? change.Note : null;
            model["unsubscribeUrl"] = $"{model["baseUrl"]}/requests/unsubscribe/{subscriber.Token}";
            await sender.QueueTemplateAsync("request-status-changed", subscriber.Email, model, cancellationToken);
        }
    }

    public async Task DepartmentAddedAsync(Problem problem, WorkItem workItem, string note, CancellationToken cancellationToken)
    {
        if (await departments.FindAsync(workItem.DepartmentCode, cancellationToken) is not { } department)
        {
            return;
        }

        var first = await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.ProblemId == problem.Id)
            .OrderBy(r => r.RequestedUtc).ThenBy(r => r.Id).Select(r => new { r.TrackingNumber, r.Description }).FirstOrDefaultAsync(cancellationToken);
        var type = await db.Set<RequestType>().AsNoTracking().Where(t => t.Code == problem.RequestTypeCode).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        var model = await ModelAsync(first?.TrackingNumber ?? "", type ?? problem.RequestTypeCode, problem.Address, workItem.DueUtc, cancellationToken);
        model["departmentName"] = department.Name;
        model["description"] = string.IsNullOrWhiteSpace(first?.Description) ? note : $"{note}\n\n{first.Description}";
        await sender.QueueTemplateAsync("department-new-request", department.Email, model, cancellationToken);
    }

    private async Task<Dictionary<string, object?>> ModelAsync(string tracking, string typeName, string? address, DateTime? promised, CancellationToken cancellationToken)
    {
        var baseUrl = Links.Base(http, options.Value);
        return new Dictionary<string, object?>
        {
            ["siteName"] = (await settings.GetAsync(cancellationToken))["SiteName"]?.GetValue<string>(),
            ["trackingNumber"] = tracking,
            ["typeName"] = typeName,
            ["address"] = address,
            ["promisedDate"] = promised?.ToString("dddd, MMMM d, yyyy", CultureInfo.InvariantCulture),
            ["statusUrl"] = $"{baseUrl}/requests/{tracking}",
            ["adminUrl"] = $"{baseUrl}/admin/requests/{tracking}",
            ["baseUrl"] = baseUrl,
        };
    }
}
