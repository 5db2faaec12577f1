using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.ViewModels;

public sealed record QueueRow(long WorkItemId, string TrackingNumber, string TypeName, string DepartmentCode, RequestStatus Status,
    string? Address, DateTime CreatedUtc, DateTime? DueUtc, string? Assignee, int Reports)
{
    public bool Overdue(DateTime now) => DueUtc is { } due && due < now && Status.IsOpen();
}
