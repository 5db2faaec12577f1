using System.Text.Json;
using CivicCrm.Content;
using CivicCrm.Data;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Documents;

/// <summary>Reads and writes named JSON documents; a write made on a stale read fails instead of overwriting.</summary>
public sealed class DocumentStore(CivicDbContext db)
{
    private static readonly JsonSerializerOptions Json = ContentItemExtensions.PartJson;

    public async Task<T?> GetAsync<T>(string name, CancellationToken cancellationToken = default) where T : class
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        return record is null ? null : JsonSerializer.Deserialize<T>(record.Json, Json);
    }

    public async Task SaveAsync<T>(string name, T document, CancellationToken cancellationToken = default) where T : class
    {
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        if (record is null)
        {
            record = new DocumentRecord { Name = name };
            db.Documents.Add(record);
        }

        record.Json = JsonSerializer.Serialize(document, Json);
        record.Version++;
        record.ModifiedUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(cancellationToken);
    }
}
