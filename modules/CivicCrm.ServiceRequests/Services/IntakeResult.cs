namespace CivicCrm.ServiceRequests.Services;

/// <summary>What intake answers: the tracking number and promised date, or every error by field.</summary>
public sealed record IntakeResult(
    string? TrackingNumber,
    long? ProblemId,
    DateTime? ExpectedUtc,
    bool LinkedToExistingProblem,
    IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Succeeded => Errors.Count == 0;

    public static IntakeResult Failed(IReadOnlyDictionary<string, string[]> errors) => new(null, null, null, false, errors);
}
