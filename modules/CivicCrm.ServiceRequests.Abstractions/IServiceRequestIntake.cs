namespace CivicCrm.ServiceRequests;

/// <summary>Intake for Open311 apps (channel open311, linked automatically to a matching open problem).</summary>
public interface IServiceRequestIntake
{
    /// <summary>The errors filing would report, without filing.</summary>
    Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(IntakeSubmission submission, CancellationToken cancellationToken = default);

    Task<IntakeOutcome> FileAsync(IntakeSubmission submission, CancellationToken cancellationToken = default);
}
