namespace CivicCrm.Indexing;

/// <summary>The platform's generic index of every content item version, for lists and lookups.</summary>
public sealed class ContentItemIndex : ContentIndex
{
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }
}
