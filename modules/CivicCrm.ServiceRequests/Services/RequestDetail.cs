using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Services;

public sealed record RequestDetail(
    ServiceRequest Request, Problem Problem, RequestType? Type, IReadOnlyList<WorkItem> WorkItems, IReadOnlyList<RequestEvent> History, int ReportsOfProblem,
    IReadOnlyList<MergeSummary> Merges, Ward? Ward);
