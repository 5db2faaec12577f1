using CivicCrm.Indexing;
using CivicCrm.Search.Lucene.Data;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>
/// This node's copies as they are now, and the other nodes' as they last reported them (<c>SearchNodeStatus</c>),
/// each with the journal's head for the lag.
/// </summary>
internal sealed class SearchIndexMonitor(SearchIndexHost host, DbContext db, IIndexingJournal journal, TimeProvider clock) : ISearchIndexMonitor
{
    public string NodeName => host.NodeName;

    public async Task<IReadOnlyList<SearchIndexNodeStatus>> GetStatusAsync(CancellationToken cancellationToken = default)
    {
        var head = await journal.LastIdAsync(cancellationToken);
        var local = Local(head);
        var others = await db.Set<SearchNodeStatusRecord>().AsNoTracking().Where(s => s.Node != host.NodeName).ToListAsync(cancellationToken);
        return local.Concat(others
                .OrderBy(s => s.Node, StringComparer.Ordinal).ThenBy(s => s.IndexName, StringComparer.Ordinal)
                .Select(s => new SearchIndexNodeStatus(s.IndexName, s.Node, s.State, s.Documents, s.Cursor, head, s.RebuildDone, s.RebuildTotal, s.LastError, s.UpdatedUtc)))
            .ToList();
    }

    /// <summary>This node's copies, read from the open indexes.</summary>
    public IReadOnlyList<SearchIndexNodeStatus> Local(long head)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var statuses = new List<SearchIndexNodeStatus>();
        foreach (var name in host.IndexNames.Order(StringComparer.Ordinal))
        {
            if (host.Lease(name) is not { } index)
            {
                continue;
            }

            try
            {
                var activity = host.ActivityOf(name);
                var searcher = index.Searchers.Acquire();
                int documents;
                try
                {
                    documents = searcher.IndexReader.NumDocs;
                }
                finally
                {
                    index.Searchers.Release(searcher);
                }

                statuses.Add(new SearchIndexNodeStatus(name, host.NodeName, activity.State, documents, index.Cursor, head,
                    activity.RebuildDone, activity.RebuildTotal, activity.LastError ?? index.Analyzers.SynonymError, now));
            }
            finally
            {
                index.EndLease();
            }
        }

        return statuses;
    }

    /// <summary>Writes this node's report for the other nodes' admin pages; rows of indexes this node no longer has are removed.</summary>
    public async Task ReportAsync(CancellationToken cancellationToken)
    {
        var local = Local(0);
        var rows = await db.Set<SearchNodeStatusRecord>().Where(s => s.Node == host.NodeName).ToListAsync(cancellationToken);
        foreach (var status in local)
        {
            var row = rows.FirstOrDefault(r => r.IndexName == status.IndexName);
            if (row is null)
            {
                row = new SearchNodeStatusRecord { Node = host.NodeName, IndexName = status.IndexName };
                db.Add(row);
            }

            row.State = status.State;
            row.Documents = status.Documents;
            row.Cursor = status.Cursor;
            row.RebuildDone = status.RebuildDone;
            row.RebuildTotal = status.RebuildTotal;
            row.LastError = status.LastError is { Length: > 1000 } error ? error[..1000] : status.LastError;
            row.UpdatedUtc = status.UpdatedUtc;
        }

        db.RemoveRange(rows.Where(r => local.All(s => s.IndexName != r.IndexName)));
        await db.SaveChangesAsync(cancellationToken);
    }
}
