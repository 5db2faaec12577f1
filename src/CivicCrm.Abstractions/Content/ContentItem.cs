using System.Text.Json.Nodes;

namespace CivicCrm.Content;

/// <summary>
/// One version of a content item: fixed columns plus a JSON document holding its parts, keyed by part name.
/// </summary>
public sealed class ContentItem
{
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
    public bool Latest { get; set; }
    public bool Published { get; set; }
    public int Number { get; set; }
    public string? Owner { get; set; }
    public string? Author { get; set; }
    public DateTime? CreatedUtc { get; set; }
    public DateTime? ModifiedUtc { get; set; }
    public DateTime? PublishedUtc { get; set; }

    /// <summary>Concurrency token: the value read must still be current when the item is saved.</summary>
    public int ConcurrencyStamp { get; set; }

    public JsonObject Content { get; set; } = [];
}
