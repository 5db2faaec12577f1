namespace CivicCrm.Indexing;

/// <summary>Base of a module's index table: one or more rows per content item version.</summary>
public abstract class ContentIndex
{
    public long Id { get; set; }
    public string ContentItemId { get; set; } = "";
    public string ContentItemVersionId { get; set; } = "";
}
