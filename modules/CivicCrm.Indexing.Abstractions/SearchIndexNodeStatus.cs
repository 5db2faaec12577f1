namespace CivicCrm.Indexing;

/// <summary>One node's copy of one index.</summary>
/// <param name="Cursor">The last journal entry applied and committed.</param>
/// <param name="JournalHead">The newest journal entry when the status was read.</param>
/// <param name="RebuildDone">While <see cref="State"/> is <see cref="SearchIndexState.Rebuilding"/>: items indexed so far out of <paramref name="RebuildTotal"/>.</param>
/// <param name="UpdatedUtc">When the node last reported; a node that stopped keeps its last report.</param>
public sealed record SearchIndexNodeStatus(
    string IndexName,
    string Node,
    SearchIndexState State,
    int Documents,
    long Cursor,
    long JournalHead,
    int RebuildDone,
    int RebuildTotal,
    string? LastError,
    DateTime UpdatedUtc)
{
    /// <summary>Journal entries not applied yet.</summary>
    public long Lag => Math.Max(0, JournalHead - Cursor);
}

public enum SearchIndexState
{
    /// <summary>Following the journal.</summary>
    Ready = 1,

    /// <summary>A new copy is being built in the background; searches use the previous one.</summary>
    Rebuilding = 2,

    /// <summary>The last attempt to apply the journal failed; it is retried at the next poll.</summary>
    Failing = 3,
}
