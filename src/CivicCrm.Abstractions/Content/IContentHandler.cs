namespace CivicCrm.Content;

/// <summary>
/// Reacts to content events. Handlers run inside the save's transaction: throwing rolls the save back.
/// Registered by a feature, a handler runs only while that feature is enabled.
/// </summary>
public interface IContentHandler
{
    Task CreatingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task UpdatingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task PublishingAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
    Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => Task.CompletedTask;
}
