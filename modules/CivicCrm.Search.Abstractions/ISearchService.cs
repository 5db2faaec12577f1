namespace CivicCrm.Search;

/// <summary>
/// Searches this node's copy of an index definition. Indexes hold published versions only; drafts never reach them.
/// </summary>
public interface ISearchService
{
    /// <summary>Ranked hits with highlights and facet counts. A query that is not valid syntax is searched as plain text.</summary>
    /// <exception cref="UnknownIndexException">No index definition has that name.</exception>
    Task<SearchResults> SearchAsync(string indexName, SearchQuery query, CancellationToken cancellationToken = default);

    /// <summary>Completions for what a person has typed so far, best first.</summary>
    Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string indexName, SuggestQuery query, CancellationToken cancellationToken = default);

    /// <summary>
    /// Applies every journal entry committed so far to this node's indexes before returning, so a caller that just
    /// committed a change (an import, a publish) can promise that it is searchable when its response is sent.
    /// </summary>
    Task CatchUpAsync(CancellationToken cancellationToken = default);

    /// <summary>
    /// Has every node rebuild its copy of the index in the background (searches keep the current copy meanwhile),
    /// after a change that alters many documents without touching their items, such as moving a category.
    /// </summary>
    Task RequestRebuildAsync(string indexName, CancellationToken cancellationToken = default);
}
