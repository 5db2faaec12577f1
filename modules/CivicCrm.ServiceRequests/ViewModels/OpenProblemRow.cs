using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.ViewModels;

/// <summary>One open problem as the public sees it: no reporter, contact or description.</summary>
public sealed record OpenProblemRow(
    long Id, string TypeName, string Group, string? Address, double? Latitude, double? Longitude, RequestStatus Status, DateTime OpenedUtc, int Reports);
