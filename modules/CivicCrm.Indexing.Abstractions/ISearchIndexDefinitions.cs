namespace CivicCrm.Indexing;

/// <summary>Reads the index definitions (kept in the database, edited in the admin and by the <c>indexDefinitions</c> recipe step).</summary>
public interface ISearchIndexDefinitions
{
    Task<IReadOnlyList<SearchIndexDefinition>> ListAsync(CancellationToken cancellationToken = default);

    Task<SearchIndexDefinition?> FindAsync(string name, CancellationToken cancellationToken = default);

    /// <summary>
    /// Asks every node to rebuild its copy in the background (searches keep the current copy meanwhile), for a change
    /// that alters many documents at once without touching their items, such as moving a category; false when there is
    /// no such definition.
    /// </summary>
    Task<bool> RequestRebuildAsync(string name, CancellationToken cancellationToken = default);
}
