namespace CivicCrm.KnowledgeBase.Services;

/// <summary>One item needing attention: why (in review, overdue, unhelpful votes) and its vote figures.</summary>
public sealed record ReviewQueueRow(
    string ContentItemId,
    string ContentType,
    string Title,
    string Status,
    DateOnly? ReviewBy,
    bool InReview,
    bool Overdue,
    int Helpful,
    int Unhelpful,
    IReadOnlyList<string> Comments)
{
    public int Votes => Helpful + Unhelpful;

    /// <summary>Share of "not helpful" votes, 0 to 1.</summary>
    public double UnhelpfulShare => Votes == 0 ? 0 : (double)Unhelpful / Votes;
}
