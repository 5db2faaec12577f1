namespace CivicCrm.Indexing;

public enum IndexingChange
{
    /// <summary>The item's published or latest version changed: index it again.</summary>
    Update = 1,

    /// <summary>The item was removed or unpublished: drop it from public indexes.</summary>
    Delete = 2,
}
