namespace CivicCrm.Indexing;

/// <summary>The state of every node's copy of the indexes, as the search engine reports it.</summary>
public interface ISearchIndexMonitor
{
    /// <summary>The name of this node, under which its copies are reported.</summary>
    string NodeName { get; }

    /// <summary>Every node's copy of every index, this node's first; with the journal's head for the lag.</summary>
    Task<IReadOnlyList<SearchIndexNodeStatus>> GetStatusAsync(CancellationToken cancellationToken = default);
}
