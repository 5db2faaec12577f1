using CivicCrm.Content;
using CivicCrm.Indexing;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Contents.Endpoints;

/// <summary><c>/api/content-items</c>: list, create, read, save drafts, publish, unpublish, discard, remove.</summary>
public static class ContentItemEndpoints
{
    public static void MapContentItemEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content-items").WithTags("Content items");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.ViewContent);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.EditContent);
        group.MapGet("/{id}", GetAsync).RequirePermission(Permissions.ViewContent);
        group.MapPut("/{id}", SaveDraftAsync).RequirePermission(Permissions.EditContent);
        group.MapPost("/{id}/publish", PublishAsync).RequirePermission(Permissions.PublishContent);
        group.MapPost("/{id}/unpublish", async (string id, IContentManager contents, CancellationToken ct) =>
            TypedResults.Ok(ContentItemDto.From(await contents.UnpublishAsync(id, ct)))).RequirePermission(Permissions.PublishContent);
        group.MapPost("/{id}/discard-draft", async (string id, IContentManager contents, CancellationToken ct) =>
            TypedResults.Ok(ContentItemDto.From(await contents.DiscardDraftAsync(id, ct)))).RequirePermission(Permissions.EditContent);
        group.MapDelete("/{id}", async (string id, IContentManager contents, CancellationToken ct) =>
        {
            await contents.RemoveAsync(id, ct);
            return TypedResults.NoContent();
        }).RequirePermission(Permissions.DeleteContent);
    }

    private static async Task<Results<Ok<ContentItemPage>, ValidationProblem>> ListAsync(
        DbContext db, string? type, string? q, string? status, int? skip, int? take, CancellationToken cancellationToken)
    {
        if (take is < 1 or > 200 || skip is < 0)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["take"] = ["take must be 1-200 and skip 0 or more."] });
        }

        if (status is not (null or "" or "latest" or "published" or "draft"))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = ["status must be latest, published or draft."] });
        }

        var query = db.Set<ContentItemIndex>().AsNoTracking();
        query = status switch
        {
            "published" => query.Where(i => i.Published),
            "draft" => query.Where(i => i.Latest && !i.Published),
            _ => query.Where(i => i.Latest),
        };

        if (!string.IsNullOrWhiteSpace(type))
        {
            query = query.Where(i => i.ContentType == type);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            // Lower-cased on both sides: LIKE ignores case on SQLite but not on PostgreSQL.
            var pattern = $"%{q.Trim().ToLowerInvariant()}%";
#pragma warning disable CA1304, CA1311 // Translated to SQL lower(), never run as .NET code.
            query = query.Where(i => EF.Functions.Like(i.DisplayText.ToLower(), pattern));
#pragma warning restore CA1304, CA1311
        }

        var total = await query.CountAsync(cancellationToken);
        var items = await query.OrderByDescending(i => i.ModifiedUtc).Skip(skip ?? 0).Take(take ?? 50)
            .Select(i => new ContentItemSummary(i.ContentItemId, i.ContentItemVersionId, i.ContentType, i.DisplayText, i.Latest, i.Published,
                i.Owner, i.Author, i.ModifiedUtc, i.PublishedUtc))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(new ContentItemPage(total, skip ?? 0, take ?? 50, items));
    }

    private static async Task<Results<Created<ContentItemDto>, ValidationProblem>> CreateAsync(
        ContentItemInput input, bool? publish, IContentManager contents, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(input.ContentType))
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["contentType"] = ["contentType is required."] });
        }

        var item = await contents.NewAsync(input.ContentType, cancellationToken);
        Apply(input, item);
        var created = await contents.CreateAsync(item, publish == true, cancellationToken);
        return TypedResults.Created($"/api/content-items/{created.ContentItemId}", ContentItemDto.From(created));
    }

    private static async Task<Results<Ok<ContentItemDto>, NotFound>> GetAsync(
        string id, string? version, IContentManager contents, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(id, version == "published" ? VersionOptions.Published : VersionOptions.Latest, cancellationToken);
        return item is null ? TypedResults.NotFound() : TypedResults.Ok(ContentItemDto.From(item));
    }

    private static async Task<Results<Ok<ContentItemDto>, ValidationProblem>> SaveDraftAsync(
        string id, ContentItemInput input, IContentManager contents, CancellationToken cancellationToken)
    {
        if (Stale(input) is { } problem)
        {
            return problem;
        }

        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) ?? throw new ContentNotFoundException(id);
        Apply(input, item);
        return TypedResults.Ok(ContentItemDto.From(await contents.SaveDraftAsync(item, cancellationToken)));
    }

    /// <summary>Publishes the latest version as it is, or with the content sent in the body.</summary>
    private static async Task<Results<Ok<ContentItemDto>, ValidationProblem>> PublishAsync(
        string id, HttpRequest request, IContentManager contents, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken) ?? throw new ContentNotFoundException(id);
        if (request.ContentLength is > 0 || request.Headers.TransferEncoding.Count > 0)
        {
            var input = await request.ReadFromJsonAsync<ContentItemInput>(cancellationToken)
                ?? throw new BadHttpRequestException("The body must be a content item.");
            if (Stale(input) is { } problem)
            {
                return problem;
            }

            Apply(input, item);
        }

        return TypedResults.Ok(ContentItemDto.From(await contents.PublishAsync(item, cancellationToken)));
    }

    private static ValidationProblem? Stale(ContentItemInput input) =>
        string.IsNullOrEmpty(input.ContentItemVersionId) || input.ConcurrencyStamp is null
            ? TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["contentItemVersionId"] = ["Send the contentItemVersionId and concurrencyStamp of the version you edited."],
            })
            : null;

    private static void Apply(ContentItemInput input, ContentItem item)
    {
        item.ContentItemVersionId = input.ContentItemVersionId ?? item.ContentItemVersionId;
        item.ConcurrencyStamp = input.ConcurrencyStamp ?? item.ConcurrencyStamp;
        item.DisplayText = input.DisplayText ?? item.DisplayText;
        if (input.Content is not null)
        {
            foreach (var (part, value) in input.Content)
            {
                // The client's casing may differ from the stored one; its part replaces the stored part either way.
                foreach (var stored in item.Content.Select(p => p.Key).Where(k => string.Equals(k, part, StringComparison.OrdinalIgnoreCase)).ToList())
                {
                    item.Content.Remove(stored);
                }

                item.Content[part] = value?.DeepClone();
            }
        }
    }
}
