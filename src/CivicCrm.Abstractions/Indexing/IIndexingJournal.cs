namespace CivicCrm.Indexing;

public interface IIndexingJournal
{
    /// <summary>Entries with an id greater than <paramref name="cursor"/>, oldest first.</summary>
    Task<IReadOnlyList<IndexingJournalEntry>> ReadAfterAsync(long cursor, int take, CancellationToken cancellationToken = default);

    Task<long> LastIdAsync(CancellationToken cancellationToken = default);
}
