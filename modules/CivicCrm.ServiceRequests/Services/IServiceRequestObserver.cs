using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>Hears about filed reports and public changes, inside the change's transaction (e.g. to queue emails).</summary>
public interface IServiceRequestObserver
{
    Task FiledAsync(ServiceRequest request, Problem problem, RequestType type, WorkItem? newWorkItem, CancellationToken cancellationToken);

    Task PublicChangeAsync(Problem problem, RequestEvent change, IReadOnlyList<Subscription> subscribers, CancellationToken cancellationToken);

    /// <summary>A department was added to a problem or took over a transferred work item; <paramref name="note"/> says why.</summary>
    Task DepartmentAddedAsync(Problem problem, WorkItem workItem, string note, CancellationToken cancellationToken) => Task.CompletedTask;
}
