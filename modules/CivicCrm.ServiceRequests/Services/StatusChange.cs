using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>A staff member's change to one department's work item: a new status and/or a note, public or internal.</summary>
public sealed record StatusChange(RequestStatus? Status, string? Note, bool IsPublic, string? DepartmentCode, string? Actor);
