namespace CivicCrm.ServiceRequests.Models;

/// <summary>A resident who wants an email on every public change of a problem.</summary>
public sealed class Subscription
{
    public long Id { get; set; }
    public long ProblemId { get; set; }
    public long? ServiceRequestId { get; set; }
    public string Email { get; set; } = "";

    /// <summary>Secret in the unsubscribe link.</summary>
    public string Token { get; set; } = "";

    public DateTime CreatedUtc { get; set; }
}
