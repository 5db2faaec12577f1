namespace CivicCrm.Indexing.ViewModels;

/// <summary>The index list: each definition with every node's copy.</summary>
public sealed record SearchIndexListViewModel(
    string? ThisNode,
    bool EngineEnabled,
    IReadOnlyList<SearchIndexRow> Indexes)
{
    public bool AnyRebuilding => Indexes.Any(i => i.Nodes.Any(n => n.State == SearchIndexState.Rebuilding));
}

public sealed record SearchIndexRow(SearchIndexDefinition Definition, IReadOnlyList<SearchIndexNodeStatus> Nodes);
