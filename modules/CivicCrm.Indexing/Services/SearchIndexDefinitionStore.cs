using CivicCrm.Indexing.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Indexing.Services;

/// <summary>Reads and saves index definitions in <c>SearchIndexDefinitions</c>; every save gives a new stamp.</summary>
public sealed class SearchIndexDefinitionStore(DbContext db, TimeProvider clock) : ISearchIndexDefinitions
{
    public async Task<IReadOnlyList<SearchIndexDefinition>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<SearchIndexDefinitionRecord>().AsNoTracking().ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.Name, StringComparer.Ordinal).Select(ToDefinition).ToList();
    }

    public async Task<SearchIndexDefinition?> FindAsync(string name, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<SearchIndexDefinitionRecord>().AsNoTracking().FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
        return row is null ? null : ToDefinition(row);
    }

    /// <summary>Creates or replaces a definition; returns the problems instead when it is not valid.</summary>
    public async Task<IReadOnlyList<(string Path, string Message)>> SaveAsync(SearchIndexDefinition definition, CancellationToken cancellationToken = default)
    {
        var errors = SearchIndexDefinitionValidator.Validate(definition);
        if (errors.Count > 0)
        {
            return errors;
        }

        var row = await db.Set<SearchIndexDefinitionRecord>().FirstOrDefaultAsync(r => r.Name == definition.Name, cancellationToken);
        if (row is null)
        {
            row = new SearchIndexDefinitionRecord { Name = definition.Name };
            db.Set<SearchIndexDefinitionRecord>().Add(row);
        }

        var json = SearchIndexDefinitionJson.Write(definition);
        if (row.DefinitionJson != json || row.Stamp.Length == 0)
        {
            row.DefinitionJson = json;
            Touch(row);
        }

        await db.SaveChangesAsync(cancellationToken);
        return [];
    }

    /// <summary>Asks every node to rebuild its copy: a new stamp, which each node's copy no longer matches.</summary>
    public async Task<bool> RequestRebuildAsync(string name, CancellationToken cancellationToken = default)
    {
        var row = await db.Set<SearchIndexDefinitionRecord>().FirstOrDefaultAsync(r => r.Name == name, cancellationToken);
        if (row is null)
        {
            return false;
        }

        Touch(row);
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    private void Touch(SearchIndexDefinitionRecord row)
    {
        row.Stamp = Guid.NewGuid().ToString("n");
        row.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
    }

    private static SearchIndexDefinition ToDefinition(SearchIndexDefinitionRecord row) =>
        SearchIndexDefinitionJson.Read(row.Name, row.DefinitionJson, row.Stamp, row.ModifiedUtc);
}
