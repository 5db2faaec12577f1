using CivicCrm.Auditing;
using CivicCrm.Data;

namespace CivicCrm.Content;

/// <summary>Writes an audit entry for every content event, in the same transaction as the change.</summary>
internal sealed class AuditLogHandler(CivicDbContext db, TimeProvider clock) : IContentHandler
{
    public Task CreatedAsync(ContentContext context, CancellationToken cancellationToken) => WriteAsync(context, "created", cancellationToken);
    public Task UpdatedAsync(ContentContext context, CancellationToken cancellationToken) => WriteAsync(context, "updated", cancellationToken);
    public Task PublishedAsync(ContentContext context, CancellationToken cancellationToken) => WriteAsync(context, "published", cancellationToken);
    public Task UnpublishedAsync(ContentContext context, CancellationToken cancellationToken) => WriteAsync(context, "unpublished", cancellationToken);
    public Task RemovedAsync(ContentContext context, CancellationToken cancellationToken) => WriteAsync(context, "removed", cancellationToken);

    private async Task WriteAsync(ContentContext context, string action, CancellationToken cancellationToken)
    {
        var item = context.ContentItem;
        db.Add(new AuditEntry
        {
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
            UserName = context.UserName,
            Action = action,
            ContentItemId = item.ContentItemId,
            ContentItemVersionId = item.ContentItemVersionId,
            ContentType = item.ContentType,
            DisplayText = item.DisplayText,
        });
        await db.SaveChangesAsync(cancellationToken);
    }
}
