namespace CivicCrm.Open311.Models;

/// <summary>A validated submission to a batch service, answered with <see cref="Token"/> and filed later by the batch worker.</summary>
public sealed class PendingSubmission
{
    public long Id { get; set; }
    public string Token { get; set; } = "";

    /// <summary>The <c>IntakeSubmission</c> as JSON.</summary>
    public string SubmissionJson { get; set; } = "";

    public DateTime CreatedUtc { get; set; }

    /// <summary>Set by the node that files it (a conditional update, so one node files each).</summary>
    public DateTime? ClaimedUtc { get; set; }

    public string? TrackingNumber { get; set; }

    /// <summary>Why intake refused it after all (e.g. the type was retired in between).</summary>
    public string? Error { get; set; }
}
