using CivicCrm.Content;
using CivicCrm.Indexing;
using CivicCrm.Modules;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>Published versions through the content manager; the list of published items from the platform's content index.</summary>
internal sealed class ContentSource(IContentManager contents, DbContext db, IEnabledServices<ISearchDocumentContributor> contributors) : IContentSource
{
    public IEnumerable<ISearchDocumentContributor> Contributors => contributors.All;

    public Task<ContentItem?> GetPublishedAsync(string contentItemId, CancellationToken cancellationToken) =>
        contents.GetAsync(contentItemId, VersionOptions.Published, cancellationToken);

    public async Task<IReadOnlyList<string>> ListPublishedAsync(IReadOnlyList<string> contentTypes, CancellationToken cancellationToken) =>
        await db.Set<ContentItemIndex>().AsNoTracking()
            .Where(i => i.Published && contentTypes.Contains(i.ContentType))
            .Select(i => i.ContentItemId)
            .Distinct()
            .OrderBy(id => id)
            .ToListAsync(cancellationToken);
}
