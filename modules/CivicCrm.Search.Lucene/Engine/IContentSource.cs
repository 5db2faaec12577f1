using CivicCrm.Content;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>Where indexes read content from (a seam for tests): published versions and their contributors.</summary>
internal interface IContentSource
{
    Task<ContentItem?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken);

    /// <summary>Ids of every item of these types that has a published version, for a rebuild.</summary>
    Task<IReadOnlyList<string>> ListPublishedAsync(IReadOnlyList<string> contentTypes, CancellationToken cancellationToken);

    IEnumerable<ISearchDocumentContributor> Contributors { get; }
}
