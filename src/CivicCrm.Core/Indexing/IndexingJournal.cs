using CivicCrm.Data;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Indexing;

internal sealed class IndexingJournal(CivicDbContext db) : IIndexingJournal
{
    public async Task<IReadOnlyList<IndexingJournalEntry>> ReadAfterAsync(long cursor, int take, CancellationToken cancellationToken = default) =>
        await db.Set<IndexingJournalEntry>().AsNoTracking()
            .Where(e => e.Id > cursor)
            .OrderBy(e => e.Id)
            .Take(take)
            .ToListAsync(cancellationToken);

    public async Task<long> LastIdAsync(CancellationToken cancellationToken = default) =>
        await db.Set<IndexingJournalEntry>().MaxAsync(e => (long?)e.Id, cancellationToken) ?? 0;
}
