using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.ServiceRequests.Contracts;

/// <summary>Open311 intake: the shared <see cref="IntakeService"/> on the Open311 channel, linking duplicates automatically.</summary>
internal sealed class ServiceRequestIntake(IntakeService intake) : IServiceRequestIntake
{
    public Task<IReadOnlyDictionary<string, string[]>> ValidateAsync(IntakeSubmission submission, CancellationToken cancellationToken = default) =>
        intake.ValidateOnlyAsync(ToRequest(submission), cancellationToken);

    public async Task<IntakeOutcome> FileAsync(IntakeSubmission submission, CancellationToken cancellationToken = default)
    {
        var result = await intake.FileAsync(ToRequest(submission), cancellationToken);
        return new IntakeOutcome(result.TrackingNumber, result.ExpectedUtc, result.LinkedToExistingProblem, result.Errors);
    }

    private static IntakeRequest ToRequest(IntakeSubmission submission) => new()
    {
        ServiceCode = submission.ServiceCode, Description = submission.Description, Answers = submission.Answers,
        Address = submission.Address, Latitude = submission.Latitude, Longitude = submission.Longitude, Channel = Channel.Open311,
        ContactName = submission.ContactName, ContactEmail = submission.ContactEmail, ContactPhone = submission.ContactPhone,
        MediaUrl = submission.MediaUrl, LinkAutomatically = true, CreatedBy = submission.CreatedBy,
    };
}
