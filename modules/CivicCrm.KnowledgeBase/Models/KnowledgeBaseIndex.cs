using CivicCrm.Indexing;

namespace CivicCrm.KnowledgeBase.Models;

/// <summary>Index row of the latest and the published version of a knowledge base item: what lists and lookups query.</summary>
public sealed class KnowledgeBaseIndex : ContentIndex
{
    public string ContentType { get; set; } = "";
    public string Title { get; set; } = "";
    public string? ExternalId { get; set; }
    public string? Slug { get; set; }
    public string Status { get; set; } = "";
    public string Audience { get; set; } = "";
    public DateOnly? ReviewBy { get; set; }

    /// <summary>Request type codes wrapped in commas (<c>,POTHOLE,SIGN,</c>), so one code is found with a LIKE.</summary>
    public string RequestTypes { get; set; } = "";

    public bool Latest { get; set; }
    public bool Published { get; set; }
    public DateTime? ModifiedUtc { get; set; }
}
