using CivicCrm.Auditing;
using CivicCrm.Content;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Contents.Endpoints;

/// <summary>Version history, restore, and the audit trail of one item.</summary>
public static class ContentVersionEndpoints
{
    public static void MapContentVersionEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/content-items/{id}").WithTags("Content items");
        group.MapGet("/versions", async (string id, IContentManager contents, CancellationToken ct) =>
        {
            var versions = await contents.GetVersionsAsync(id, ct);
            return versions.Count == 0 ? Results.NotFound() : Results.Ok(versions.Select(ContentItemDto.From));
        }).RequirePermission(Permissions.ViewContent);

        group.MapPost("/versions/{versionId}/restore", async (string id, string versionId, IContentManager contents, CancellationToken ct) =>
        {
            var version = await contents.GetVersionAsync(versionId, ct);
            if (version is null || version.ContentItemId != id)
            {
                return Results.NotFound();
            }

            return Results.Ok(ContentItemDto.From(await contents.RestoreAsync(versionId, ct)));
        }).RequirePermission(Permissions.PublishContent);

        group.MapGet("/audit", async (string id, DbContext db, CancellationToken ct) =>
            Results.Ok(await db.Set<AuditEntry>().AsNoTracking()
                .Where(a => a.ContentItemId == id)
                .OrderBy(a => a.Id)
                .Select(a => new AuditEntryDto(a.CreatedUtc, a.UserName, a.Action, a.ContentItemVersionId, a.DisplayText))
                .ToListAsync(ct))).RequirePermission(Permissions.ViewContent);
    }
}
