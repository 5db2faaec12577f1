namespace CivicCrm.KnowledgeBase.Models;

/// <summary>The review workflow: draft → in review → published → archived (and back).</summary>
public static class KnowledgeBaseStatus
{
    public const string Draft = "Draft";
    public const string InReview = "InReview";
    public const string Published = "Published";
    public const string Archived = "Archived";

    public static IReadOnlyList<string> All { get; } = [Draft, InReview, Published, Archived];

    public static string Label(string status) => status switch
    {
        InReview => "In review",
        _ => status,
    };
}
