using CivicCrm.Indexing;
using Lucene.Net.Index;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>
/// Applies journal entries to one copy of an index, a batch at a time. Each touched item is read again in its
/// published version and its document replaced (delete, then add, by content item id), or deleted when it has no
/// published version, was skipped by a contributor, or the entry is a delete. Entries can therefore be applied twice
/// with the same result, which is what makes a crash safe: the cursor is committed with the documents, so a batch
/// cut short is simply applied again from the last commit.
/// </summary>
internal sealed class JournalApplier(IServiceScopeFactory scopes, TimeProvider clock, int batchSize, TimeSpan gapWait)
{
    /// <summary>Applies up to one batch; returns false when there was nothing (more) to apply or it stopped at a gap.</summary>
    public async Task<BatchOutcome> ApplyBatchAsync(LuceneIndex index, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var journal = scope.ServiceProvider.GetRequiredService<IIndexingJournal>();
        var entries = await journal.ReadAfterAsync(index.Cursor, batchSize, cancellationToken);
        if (entries.Count == 0)
        {
            return BatchOutcome.CaughtUp;
        }

        var usable = UpToGap(index.Cursor, entries);
        if (usable.Count == 0)
        {
            return BatchOutcome.WaitingForGap;
        }

        var source = scope.ServiceProvider.GetRequiredService<IContentSource>();
        var last = usable
            .Where(e => index.Definition.Holds(e.ContentType))
            .GroupBy(e => e.ContentItemId, StringComparer.Ordinal)
            .Select(g => g.Last());
        foreach (var entry in last)
        {
            await ApplyAsync(index, source, entry.ContentItemId, entry.Change == IndexingChange.Delete, cancellationToken);
        }

        index.Commit(usable[^1].Id);
        return usable.Count < entries.Count ? BatchOutcome.WaitingForGap : BatchOutcome.Applied;
    }

    /// <summary>Replaces or deletes one item's document (not committed).</summary>
    public static async Task ApplyAsync(LuceneIndex index, IContentSource source, string contentItemId, bool delete, CancellationToken cancellationToken)
    {
        var id = new Term(LuceneIndex.IdField, contentItemId);
        var item = delete ? null : await source.GetPublishedAsync(contentItemId, cancellationToken);
        if (item is null || !index.Definition.Holds(item.ContentType))
        {
            index.Writer.DeleteDocuments(id);
            return;
        }

        var context = await SearchDocumentBuilder.DescribeAsync(index.Definition, item, source.Contributors, cancellationToken);
        if (SearchDocumentBuilder.Build(index, context) is { } document)
        {
            index.Writer.UpdateDocument(id, document);
        }
        else
        {
            index.Writer.DeleteDocuments(id);
        }
    }

    /// <summary>
    /// Entries up to the first gap in the ids. On PostgreSQL an id is taken when a transaction inserts and becomes
    /// visible when it commits, so a gap can be a transaction still running, whose entry would be skipped for ever if
    /// the cursor moved past it. A gap older than <c>gapWait</c> is a transaction that rolled back, and is passed.
    /// </summary>
    private List<IndexingJournalEntry> UpToGap(long cursor, IReadOnlyList<IndexingJournalEntry> entries)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var usable = new List<IndexingJournalEntry>(entries.Count);
        var previous = cursor;
        foreach (var entry in entries)
        {
            if (entry.Id != previous + 1 && previous != 0 && now - DateTime.SpecifyKind(entry.CreatedUtc, DateTimeKind.Utc) < gapWait)
            {
                break;
            }

            usable.Add(entry);
            previous = entry.Id;
        }

        return usable;
    }
}

internal enum BatchOutcome
{
    CaughtUp,
    Applied,
    WaitingForGap,
}
