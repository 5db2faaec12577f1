namespace CivicCrm.Content;

/// <summary>
/// Creates, versions and publishes content items. Every call that changes data validates the item, fills the
/// index tables, appends to the indexing journal and writes the audit log in one transaction.
/// </summary>
public interface IContentManager
{
    /// <summary>A new, unsaved item of a defined type with its parts' defaults applied.</summary>
    Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default);

    /// <summary>Saves a new item as a draft, or published when <paramref name="publish"/> is set.</summary>
    Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default);

    Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Saves the item's content as the latest draft. Editing a published item creates a new draft version;
    /// the published version stays visible until the draft is published. A stale item is refused.
    /// </summary>
    Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default);

    /// <summary>Saves the item's content and publishes that version. A stale item is refused.</summary>
    Task<ContentItem> PublishAsync(ContentItem item, CancellationToken cancellationToken = default);

    Task<ContentItem> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Drops the latest draft of an item that also has a published version.</summary>
    Task<ContentItem> DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default);

    /// <summary>Copies an old version into a new latest draft.</summary>
    Task<ContentItem> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default);

    /// <summary>Removes the item from use; its versions stay in the database for the audit trail.</summary>
    Task RemoveAsync(string contentItemId, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default);
}
