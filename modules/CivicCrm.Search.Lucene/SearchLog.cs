using Microsoft.Extensions.Logging;

namespace CivicCrm.Search.Lucene;

/// <summary>The search engine's notable events.</summary>
internal static partial class SearchLog
{
    [LoggerMessage(1, LogLevel.Information, "Search index {IndexName} opened at journal position {Cursor} in {Path}")]
    public static partial void IndexOpened(ILogger logger, string indexName, long cursor, string path);

    [LoggerMessage(2, LogLevel.Error, "Applying the journal to search index {IndexName} after position {Cursor} failed; the batch is dropped and retried at the next poll")]
    public static partial void BatchFailed(ILogger logger, string indexName, long cursor, Exception exception);

    [LoggerMessage(3, LogLevel.Information, "Rebuilding search index {IndexName} in the background")]
    public static partial void RebuildStarted(ILogger logger, string indexName);

    [LoggerMessage(4, LogLevel.Information, "Search index {IndexName} rebuilt with {Items} items and swapped in")]
    public static partial void RebuildFinished(ILogger logger, string indexName, int items);

    [LoggerMessage(5, LogLevel.Error, "Rebuilding search index {IndexName} failed; the previous copy stays in use")]
    public static partial void RebuildFailed(ILogger logger, string indexName, Exception exception);

    [LoggerMessage(6, LogLevel.Information, "Search index {IndexName} has no definition any more; this node's copy is deleted")]
    public static partial void IndexDropped(ILogger logger, string indexName);

    [LoggerMessage(7, LogLevel.Error, "The search index follower failed; it tries again at the next poll")]
    public static partial void PollFailed(ILogger logger, Exception exception);

    [LoggerMessage(8, LogLevel.Warning, "The synonyms of search index {IndexName} could not be read and are left out: {Error}")]
    public static partial void SynonymsIgnored(ILogger logger, string indexName, string error);
}
