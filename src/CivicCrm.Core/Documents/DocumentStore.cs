using System.Text.Json;
using CivicCrm.Content;
using CivicCrm.Data;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Documents;

/// <summary>
/// Reads and writes named JSON documents. A write is checked against the version this scope read: if someone
/// saved the document in between, it fails with <see cref="DocumentConflictException"/> instead of overwriting.
/// </summary>
public sealed class DocumentStore(CivicDbContext db)
{
    private static readonly JsonSerializerOptions Json = ContentItemExtensions.PartJson;
    private readonly Dictionary<string, int> _versionsRead = [];

    public async Task<T?> GetAsync<T>(string name, CancellationToken cancellationToken = default) where T : class
    {
        var record = await db.Documents.AsNoTracking().FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        _versionsRead[name] = record?.Version ?? 0;
        return record is null ? null : JsonSerializer.Deserialize<T>(record.Json, Json);
    }

    public async Task SaveAsync<T>(string name, T document, CancellationToken cancellationToken = default) where T : class
    {
        var record = await db.Documents.FirstOrDefaultAsync(d => d.Name == name, cancellationToken);
        var expected = _versionsRead.TryGetValue(name, out var read) ? read : record?.Version ?? 0;
        if ((record?.Version ?? 0) != expected)
        {
            throw new DocumentConflictException(name);
        }

        if (record is null)
        {
            record = new DocumentRecord { Name = name };
            db.Documents.Add(record);
        }

        record.Json = JsonSerializer.Serialize(document, Json);
        record.Version = expected + 1;
        record.ModifiedUtc = DateTime.UtcNow;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new DocumentConflictException(name);
        }

        _versionsRead[name] = record.Version;
        db.Entry(record).State = EntityState.Detached;
    }
}
