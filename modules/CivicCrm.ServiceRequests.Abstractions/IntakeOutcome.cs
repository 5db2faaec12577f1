namespace CivicCrm.ServiceRequests;

/// <summary>The tracking number and promised date of a filed report, or every error by field (e.g. <c>attribute[size]</c>).</summary>
public sealed record IntakeOutcome(
    string? TrackingNumber,
    DateTime? ExpectedUtc,
    bool LinkedToExistingProblem,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}
