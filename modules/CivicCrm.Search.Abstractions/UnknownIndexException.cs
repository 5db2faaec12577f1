namespace CivicCrm.Search;

/// <summary>A search named an index definition that does not exist.</summary>
public sealed class UnknownIndexException(string indexName)
    : Exception($"There is no search index named '{indexName}'.")
{
    public string IndexName { get; } = indexName;
}
