namespace CivicCrm.ServiceRequests.Models;

public static class RequestStatusExtensions
{
    /// <summary>
    /// Open: someone still has to act. Resolved, closed, duplicate and cancelled are done; so is a transferred work
    /// item, whose work goes on in the new department's item.
    /// </summary>
    public static bool IsOpen(this RequestStatus status) =>
        status is RequestStatus.Submitted or RequestStatus.Acknowledged or RequestStatus.InProgress or RequestStatus.OnHold;

    /// <summary>Words residents see.</summary>
    public static string Label(this RequestStatus status) => status switch
    {
        RequestStatus.Submitted => "Received",
        RequestStatus.Acknowledged => "Acknowledged",
        RequestStatus.InProgress => "In progress",
        RequestStatus.OnHold => "On hold",
        RequestStatus.Resolved => "Resolved",
        RequestStatus.Closed => "Closed",
        RequestStatus.Duplicate => "Merged with an earlier report",
        RequestStatus.Transferred => "Transferred",
        RequestStatus.Cancelled => "Cancelled",
        _ => status.ToString(),
    };
}
