namespace CivicCrm.Auditing;

/// <summary>Who changed which content item, how and when. Written in the change's transaction.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime CreatedUtc { get; set; }
    public string? UserName { get; set; }

    /// <summary>created, updated, published, unpublished or removed (restoring and discarding a draft are updates).</summary>
    public string Action { get; set; } = "";

    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public string DisplayText { get; set; } = "";
}
