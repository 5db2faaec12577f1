using CivicCrm.Departments;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.ServiceRequests.ViewModels;

public sealed class RequestAdminViewModel
{
    public RequestDetail Detail { get; set; } = null!;
    public IReadOnlyList<ServiceRequest> ReportsOfProblem { get; set; } = [];

    /// <summary>Other problems at the same address, across departments: the location's history.</summary>
    public IReadOnlyList<(Problem Problem, string TrackingNumber)> AtSameLocation { get; set; } = [];

    /// <summary>Departments a work item can be added for or transferred to.</summary>
    public IReadOnlyList<DepartmentInfo> Departments { get; set; } = [];

    public string? Error { get; set; }
}
