namespace CivicCrm.Content;

/// <summary>A save based on a version that is no longer the latest: someone else changed the item meanwhile.</summary>
public sealed class ContentConflictException(string contentItemId, ContentItem? current)
    : Exception($"Content item '{contentItemId}' was changed by someone else since it was loaded. Reload it and apply your change again.")
{
    public string ContentItemId { get; } = contentItemId;

    /// <summary>The version that is current now, so a user can compare it with theirs.</summary>
    public ContentItem? Current { get; } = current;
}
