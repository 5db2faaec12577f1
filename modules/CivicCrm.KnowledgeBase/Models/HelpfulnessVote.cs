namespace CivicCrm.KnowledgeBase.Models;

/// <summary>
/// "Was this helpful?" One per browser and item: <see cref="VoterKey"/> is a hash of a random cookie value, so the
/// vote holds no personal data and cannot be traced to a person.
/// </summary>
public sealed class HelpfulnessVote
{
    public long Id { get; set; }

    public string ContentItemId { get; set; } = "";

    public string VoterKey { get; set; } = "";

    public bool Helpful { get; set; }

    public string? Comment { get; set; }

    public DateTime CreatedUtc { get; set; }
}
