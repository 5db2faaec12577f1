using System.Text.Json.Nodes;
using CivicCrm.Data;
using CivicCrm.Indexing;
using CivicCrm.Modules;
using CivicCrm.Security;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Content;

internal sealed class ContentManager(
    CivicDbContext db,
    IUnitOfWork unitOfWork,
    ContentValidator validator,
    ContentDefaults defaults,
    IndexWriter indexWriter,
    IEnabledServices<IContentHandler> handlers,
    IUserAccessor user,
    IDatabaseProvider database,
    TimeProvider clock) : IContentManager
{
    public Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken = default) =>
        defaults.NewAsync(contentType, cancellationToken);

    public async Task<ContentItem> CreateAsync(ContentItem item, bool publish, CancellationToken cancellationToken = default)
    {
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        await ValidateAsync(item, cancellationToken);
        item.ContentItemId = string.IsNullOrWhiteSpace(item.ContentItemId) ? IdGenerator.NewId() : item.ContentItemId.Trim();
        if (await db.ContentItems.AnyAsync(c => c.ContentItemId == item.ContentItemId, cancellationToken))
        {
            throw new ContentValidationException([new("ContentItemId", $"An item with id '{item.ContentItemId}' already exists.")]);
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var row = Copy(item, new ContentItem { ContentItemId = item.ContentItemId, ContentItemVersionId = IdGenerator.NewId() });
        row.Number = 1;
        row.Latest = true;
        row.Owner = item.Owner ?? user.UserName;
        row.CreatedUtc = now;
        var context = new ContentContext(row, user.UserName);
        await RaiseAsync(h => h.CreatingAsync(context, cancellationToken));
        if (publish)
        {
            await RaiseAsync(h => h.PublishingAsync(context, cancellationToken));
            row.Published = true;
            row.PublishedUtc = now;
        }

        db.ContentItems.Add(row);
        await SaveAsync(row.ContentItemId, cancellationToken);
        await RaiseAsync(h => h.CreatedAsync(context, cancellationToken));
        if (publish)
        {
            await RaiseAsync(h => h.PublishedAsync(context, cancellationToken));
        }

        return await FinishAsync(scope, [row], row, IndexingChange.Update, cancellationToken);
    }

    public async Task<ContentItem?> GetAsync(string contentItemId, VersionOptions options = VersionOptions.Published, CancellationToken cancellationToken = default) =>
        await db.ContentItems.AsNoTracking()
            .FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && (options == VersionOptions.Latest ? c.Latest : c.Published), cancellationToken);

    public async Task<ContentItem?> GetVersionAsync(string contentItemVersionId, CancellationToken cancellationToken = default) =>
        await db.ContentItems.AsNoTracking().FirstOrDefaultAsync(c => c.ContentItemVersionId == contentItemVersionId, cancellationToken);

    public async Task<IReadOnlyList<ContentItem>> GetVersionsAsync(string contentItemId, CancellationToken cancellationToken = default) =>
        await db.ContentItems.AsNoTracking().Where(c => c.ContentItemId == contentItemId).OrderBy(c => c.Number).ToListAsync(cancellationToken);

    public async Task<ContentItem> SaveDraftAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var latest = await CurrentLatestAsync(item, cancellationToken);
        await ValidateAsync(item, cancellationToken);
        var touched = new List<ContentItem> { latest };
        var draft = await WriteContentAsync(item, latest, touched, cancellationToken);
        return await FinishAsync(scope, touched, draft, IndexingChange.Update, cancellationToken);
    }

    public async Task<ContentItem> PublishAsync(ContentItem item, CancellationToken cancellationToken = default)
    {
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var latest = await CurrentLatestAsync(item, cancellationToken);
        await ValidateAsync(item, cancellationToken);
        var touched = new List<ContentItem> { latest };
        var target = await WriteContentAsync(item, latest, touched, cancellationToken);
        if (target.Published)
        {
            return await FinishAsync(scope, touched, target, IndexingChange.Update, cancellationToken);
        }

        var context = new ContentContext(target, user.UserName);
        await RaiseAsync(h => h.PublishingAsync(context, cancellationToken));
        var previous = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == target.ContentItemId && c.Published, cancellationToken);
        if (previous is not null)
        {
            previous.Published = false;
            previous.ConcurrencyStamp++;
            touched.Add(previous);
            await SaveAsync(target.ContentItemId, cancellationToken);
        }

        target.Published = true;
        target.PublishedUtc = clock.GetUtcNow().UtcDateTime;
        target.ConcurrencyStamp++;
        await SaveAsync(target.ContentItemId, cancellationToken);
        await RaiseAsync(h => h.PublishedAsync(context, cancellationToken));
        return await FinishAsync(scope, touched, target, IndexingChange.Update, cancellationToken);
    }

    public async Task<ContentItem> UnpublishAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var published = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Published, cancellationToken)
            ?? throw new ContentStateException($"Content item '{contentItemId}' has no published version.");
        published.Published = false;
        published.ConcurrencyStamp++;
        await SaveAsync(contentItemId, cancellationToken);
        await RaiseAsync(h => h.UnpublishedAsync(new ContentContext(published, user.UserName), cancellationToken));
        return await FinishAsync(scope, [published], published, IndexingChange.Delete, cancellationToken);
    }

    public async Task<ContentItem> DiscardDraftAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var latest = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Latest, cancellationToken)
            ?? throw new ContentNotFoundException(contentItemId);
        var published = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == contentItemId && c.Published, cancellationToken);
        if (latest.Published || published is null)
        {
            throw new ContentStateException(latest.Published
                ? "The latest version is published: there is no draft to discard."
                : "The item has never been published: remove it instead of discarding its only draft.");
        }

        latest.Latest = false;
        db.ContentItems.Remove(latest);
        await SaveAsync(contentItemId, cancellationToken);
        published.Latest = true;
        published.ConcurrencyStamp++;
        await SaveAsync(contentItemId, cancellationToken);
        await RaiseAsync(h => h.UpdatedAsync(new ContentContext(published, user.UserName), cancellationToken));
        return await FinishAsync(scope, [latest, published], published, IndexingChange.Update, cancellationToken);
    }

    public async Task<ContentItem> RestoreAsync(string contentItemVersionId, CancellationToken cancellationToken = default)
    {
        var old = await GetVersionAsync(contentItemVersionId, cancellationToken) ?? throw new ContentNotFoundException(contentItemVersionId);
        var latest = await GetAsync(old.ContentItemId, VersionOptions.Latest, cancellationToken)
            ?? throw new ContentStateException($"Content item '{old.ContentItemId}' was removed; it cannot be restored.");
        latest.Content = (JsonObject)old.Content.DeepClone();
        latest.DisplayText = old.DisplayText;
        return await SaveDraftAsync(latest, cancellationToken);
    }

    public async Task RemoveAsync(string contentItemId, CancellationToken cancellationToken = default)
    {
        await using var scope = await unitOfWork.BeginAsync(cancellationToken);
        var live = await db.ContentItems.Where(c => c.ContentItemId == contentItemId && (c.Latest || c.Published)).ToListAsync(cancellationToken);
        if (live.Count == 0)
        {
            throw new ContentNotFoundException(contentItemId);
        }

        var published = live.Find(c => c.Published);
        foreach (var row in live)
        {
            row.Latest = false;
            row.Published = false;
            row.ConcurrencyStamp++;
        }

        await SaveAsync(contentItemId, cancellationToken);
        if (published is not null)
        {
            await RaiseAsync(h => h.UnpublishedAsync(new ContentContext(published, user.UserName), cancellationToken));
        }

        await RaiseAsync(h => h.RemovedAsync(new ContentContext(live[0], user.UserName), cancellationToken));
        await FinishAsync(scope, live, live[0], IndexingChange.Delete, cancellationToken);
    }

    /// <summary>The tracked latest row, if the caller's copy is still it; otherwise a conflict naming the current one.</summary>
    private async Task<ContentItem> CurrentLatestAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var latest = await db.ContentItems.FirstOrDefaultAsync(c => c.ContentItemId == item.ContentItemId && c.Latest, cancellationToken)
            ?? throw new ContentNotFoundException(item.ContentItemId);
        if (latest.ContentItemVersionId != item.ContentItemVersionId || latest.ConcurrencyStamp != item.ConcurrencyStamp)
        {
            db.Entry(latest).State = EntityState.Detached;
            throw new ContentConflictException(item.ContentItemId, latest);
        }

        return latest;
    }

    /// <summary>
    /// Writes the item's content as the latest version: in place over a draft, or as a new version when the
    /// latest is published (which stays published until the new version is). Unchanged content writes nothing.
    /// </summary>
    private async Task<ContentItem> WriteContentAsync(
        ContentItem item, ContentItem latest, List<ContentItem> touched, CancellationToken cancellationToken)
    {
        if (JsonNode.DeepEquals(item.Content, latest.Content) && item.DisplayText == latest.DisplayText)
        {
            return latest;
        }

        var context = new ContentContext(item, user.UserName);
        await RaiseAsync(h => h.UpdatingAsync(context, cancellationToken));
        var target = latest;
        if (latest.Published)
        {
            latest.Latest = false;
            latest.ConcurrencyStamp++;
            await SaveAsync(item.ContentItemId, cancellationToken);
            var number = await db.ContentItems.Where(c => c.ContentItemId == item.ContentItemId).MaxAsync(c => c.Number, cancellationToken);
            target = new ContentItem
            {
                ContentItemId = latest.ContentItemId,
                ContentItemVersionId = IdGenerator.NewId(),
                Number = number + 1,
                Latest = true,
                Owner = latest.Owner,
                CreatedUtc = latest.CreatedUtc,
            };
            db.ContentItems.Add(target);
            touched.Add(target);
        }

        Copy(item, target);
        target.ConcurrencyStamp++;
        await SaveAsync(item.ContentItemId, cancellationToken);
        await RaiseAsync(h => h.UpdatedAsync(new ContentContext(target, user.UserName), cancellationToken));
        return target;
    }

    private ContentItem Copy(ContentItem from, ContentItem to)
    {
        to.ContentType = from.ContentType;
        to.DisplayText = from.DisplayText;
        to.Content = (JsonObject)from.Content.DeepClone();
        to.Author = user.UserName;
        to.ModifiedUtc = clock.GetUtcNow().UtcDateTime;
        return to;
    }

    private async Task ValidateAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var errors = await validator.ValidateAsync(item, cancellationToken);
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }
    }

    private async Task SaveAsync(string contentItemId, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception is DbUpdateConcurrencyException || database.IsUniqueViolation(exception))
        {
            // A concurrent save won the race: the stamp moved or the one-latest/one-published index refused us.
            throw new ContentConflictException(contentItemId, null);
        }
    }

    private async Task<ContentItem> FinishAsync(
        IUnitOfWorkScope scope, IReadOnlyList<ContentItem> touched, ContentItem result, IndexingChange change, CancellationToken cancellationToken)
    {
        await indexWriter.WriteAsync(touched, cancellationToken);
        db.Add(new IndexingJournalEntry
        {
            ContentItemId = result.ContentItemId,
            ContentType = result.ContentType,
            Change = change,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(cancellationToken);
        await scope.CompleteAsync(cancellationToken);
        foreach (var row in touched)
        {
            db.Entry(row).State = EntityState.Detached;
        }

        return result;
    }

    private async Task RaiseAsync(Func<IContentHandler, Task> raise)
    {
        foreach (var handler in handlers.All)
        {
            await raise(handler);
        }
    }
}
