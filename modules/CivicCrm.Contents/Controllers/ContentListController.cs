using CivicCrm.Content.Metadata;
using CivicCrm.Contents.ViewModels;
using CivicCrm.Indexing;
using CivicCrm.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Contents.Controllers;

/// <summary>The content list: every type or one, searched by display text, filtered by status, sorted and paged.</summary>
[Route("admin/content")]
[RequirePermission("ViewContent")]
public sealed class ContentListController(IContentDefinitionManager definitions, DbContext db, IAuthorizationService authorization) : Controller
{
    [HttpGet("")]
    [HttpGet("{type}")]
    public async Task<IActionResult> Index(string? type, string? q, string? status, string? sort, int page = 1, CancellationToken cancellationToken = default)
    {
        var types = await definitions.ListTypesAsync(cancellationToken);
        var definition = type is null ? null : types.FirstOrDefault(t => string.Equals(t.Name, type, StringComparison.OrdinalIgnoreCase));
        if (type is not null && definition is null)
        {
            return NotFound();
        }

        status = status is "published" or "draft" ? status : "latest";
        sort = sort is "title" ? sort : "modified";
        page = Math.Max(1, page);
        var query = db.Set<ContentItemIndex>().AsNoTracking();
        query = status switch
        {
            "published" => query.Where(i => i.Published),
            "draft" => query.Where(i => i.Latest && !i.Published),
            _ => query.Where(i => i.Latest),
        };
        if (definition is not null)
        {
            query = query.Where(i => i.ContentType == definition.Name);
        }

        if (!string.IsNullOrWhiteSpace(q))
        {
            // Case-insensitive on every provider (LIKE is case-sensitive on PostgreSQL); the provider escapes the text.
            var text = q.Trim().ToLowerInvariant();
#pragma warning disable CA1304, CA1311, CA1862 // translated to SQL LOWER(...) LIKE, never run as .NET string code
            query = query.Where(i => i.DisplayText.ToLower().Contains(text));
#pragma warning restore CA1304, CA1311, CA1862
        }

        var total = await query.CountAsync(cancellationToken);
        query = sort == "title" ? query.OrderBy(i => i.DisplayText).ThenBy(i => i.ContentItemId) : query.OrderByDescending(i => i.ModifiedUtc).ThenBy(i => i.ContentItemId);
        var rows = await query.Skip((page - 1) * ContentListViewModel.PageSize).Take(ContentListViewModel.PageSize).ToListAsync(cancellationToken);
        var ids = rows.Select(r => r.ContentItemId).ToList();
        var published = await db.Set<ContentItemIndex>().AsNoTracking()
            .Where(i => i.Published && ids.Contains(i.ContentItemId)).Select(i => i.ContentItemId).ToListAsync(cancellationToken);

        var canEdit = (await authorization.AuthorizeAsync(User, PermissionEndpointExtensions.PolicyName(Permissions.EditContent.Name))).Succeeded;
        return View(new ContentListViewModel
        {
            Type = definition,
            Types = types,
            Q = q,
            Status = status,
            Sort = sort,
            Page = page,
            Total = total,
            CanCreate = canEdit && definition is { Creatable: true },
            Rows = rows.Select(r => new ContentListRow(
                r.ContentItemId, r.ContentType, r.DisplayText, r.Published, published.Contains(r.ContentItemId), r.Author, r.ModifiedUtc)).ToList(),
        });
    }
}
