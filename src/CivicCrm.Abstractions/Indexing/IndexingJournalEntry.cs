namespace CivicCrm.Indexing;

/// <summary>A content change that search indexes must catch up with; <see cref="Id"/> is the cursor.</summary>
public sealed class IndexingJournalEntry
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentType { get; set; } = "";
    public IndexingChange Change { get; set; }
    public DateTime CreatedUtc { get; set; }
}
