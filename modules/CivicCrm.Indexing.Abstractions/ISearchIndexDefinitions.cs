namespace CivicCrm.Indexing;

/// <summary>Reads the index definitions (kept in the database, edited in the admin and by the <c>indexDefinitions</c> recipe step).</summary>
public interface ISearchIndexDefinitions
{
    Task<IReadOnlyList<SearchIndexDefinition>> ListAsync(CancellationToken cancellationToken = default);

    Task<SearchIndexDefinition?> FindAsync(string name, CancellationToken cancellationToken = default);
}
