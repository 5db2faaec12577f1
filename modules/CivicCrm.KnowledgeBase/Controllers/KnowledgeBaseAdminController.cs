using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Data;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;
using CivicCrm.KnowledgeBase.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Controllers;

/// <summary>
/// Editors write FAQs, articles and call scripts, submit them for review and archive them; reviewers approve (publish)
/// or send back with a comment. Versions and diffs are the content admin's pages.
/// </summary>
[Route("admin/kb")]
[RequirePermission("EditKnowledgeBase")]
public sealed class KnowledgeBaseAdminController(
    IContentManager contents,
    KnowledgeBaseEditor editor,
    CategoryStore categories,
    KnowledgeBaseMarkup markup,
    KnowledgeBaseSearch search,
    KnowledgeBaseViewCounts views,
    TimeProvider clock,
    IAuthorizationService authorization,
    DbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? type, string? status, string? category, string? audience, bool overdue = false, CancellationToken cancellationToken = default)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var tree = await categories.TreeAsync(cancellationToken);
        var query = db.Set<KnowledgeBaseIndex>().AsNoTracking().Where(r => r.Latest);
        if (KnowledgeBaseTypes.FromKind(type) is { } contentType)
        {
            query = query.Where(r => r.ContentType == contentType);
        }

        if (KnowledgeBaseStatus.All.Contains(status))
        {
            query = query.Where(r => r.Status == status);
        }

        if (KnowledgeBaseAudiences.All.Contains(audience))
        {
            query = query.Where(r => r.Audience == audience);
        }

        if (!string.IsNullOrEmpty(category))
        {
            var slugs = tree.SelfAndDescendants(category).Select(c => c.Slug).ToList();
            var ids = db.Set<KnowledgeBaseCategoryIndex>().Where(c => c.Latest && slugs.Contains(c.CategorySlug)).Select(c => c.ContentItemId);
            query = query.Where(r => ids.Contains(r.ContentItemId));
        }

        if (overdue)
        {
            query = query.Where(r => r.ReviewBy != null && r.ReviewBy < today && r.Status == KnowledgeBaseStatus.Published);
        }

        var rows = await query.OrderByDescending(r => r.ModifiedUtc).Take(500).ToListAsync(cancellationToken);
        var itemIds = rows.Select(r => r.ContentItemId).ToList();
        var published = await db.Set<KnowledgeBaseIndex>().AsNoTracking().Where(r => r.Published && itemIds.Contains(r.ContentItemId))
            .Select(r => r.ContentItemId).ToListAsync(cancellationToken);
        var versionIds = rows.Select(r => r.ContentItemVersionId).ToList();
        var filed = (await db.Set<KnowledgeBaseCategoryIndex>().AsNoTracking().Where(c => versionIds.Contains(c.ContentItemVersionId))
                .Select(c => new { c.ContentItemVersionId, c.CategorySlug }).ToListAsync(cancellationToken))
            .ToLookup(c => c.ContentItemVersionId, c => tree.NameOf(c.CategorySlug));
        var read = await views.RecentTotalsAsync(itemIds, cancellationToken);
        return View(new KnowledgeBaseListViewModel(
            rows.Select(r => new KnowledgeBaseListRow(r, published.Contains(r.ContentItemId),
                r.Status == KnowledgeBaseStatus.Published && r.ReviewBy is { } due && due < today, filed[r.ContentItemVersionId].ToList(),
                read.GetValueOrDefault(r.ContentItemId))).ToList(),
            tree, type, status, category, audience, overdue));
    }

    [HttpGet("new")]
    public async Task<IActionResult> Create(string? type, CancellationToken cancellationToken)
    {
        var contentType = KnowledgeBaseTypes.FromKind(type) ?? KnowledgeBaseTypes.Faq;
        var model = new KnowledgeBaseEditViewModel
        {
            ContentType = contentType,
            // Call scripts are for call-takers; an editor can still make one public.
            Audience = contentType == KnowledgeBaseTypes.CallScript ? KnowledgeBaseAudiences.Internal : KnowledgeBaseAudiences.Public,
        };
        return await EditorAsync(model, cancellationToken);
    }

    [HttpPost("new")]
    public async Task<IActionResult> Create(KnowledgeBaseEditViewModel model, string? submit, CancellationToken cancellationToken)
    {
        model.ContentType = KnowledgeBaseTypes.All.Contains(model.ContentType) ? model.ContentType : KnowledgeBaseTypes.Faq;
        var publish = submit == "publish" && await CanReviewAsync();
        try
        {
            var item = await editor.CreateAsync(model.ToDraft(), publish, cancellationToken);
            if (submit == "review")
            {
                await editor.SubmitForReviewAsync(item.ContentItemId, cancellationToken);
            }

            return Done(item.ContentItemId, publish ? "Published." : submit == "review" ? "Saved and sent for review." : "Draft saved.");
        }
        catch (ContentValidationException e)
        {
            model.Errors = e.Errors.Select(x => (x.Path, x.Message)).ToList();
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await EditorAsync(model, cancellationToken);
        }
    }

    [HttpGet("{id}")]
    public async Task<IActionResult> Edit(string id, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || !KnowledgeBaseTypes.All.Contains(item.ContentType) || KnowledgeBaseItems.PartOf(item) is not { } part)
        {
            return NotFound();
        }

        var hasPublished = item.Published || await contents.GetAsync(id, VersionOptions.Published, cancellationToken) is not null;
        return await EditorAsync(KnowledgeBaseEditViewModel.From(id, item.ContentItemVersionId, item.ContentType, item.DisplayText, hasPublished, part), cancellationToken);
    }

    [HttpPost("{id}")]
    public async Task<IActionResult> Edit(string id, KnowledgeBaseEditViewModel model, string? submit, CancellationToken cancellationToken)
    {
        var publish = submit == "publish" && await CanReviewAsync();
        try
        {
            await editor.SaveAsync(id, model.ToDraft(), model.VersionId, publish, cancellationToken);
            if (submit == "review")
            {
                await editor.SubmitForReviewAsync(id, cancellationToken);
            }

            return Done(id, publish ? "Published." : submit == "review" ? "Saved and sent for review." : "Draft saved.");
        }
        catch (ContentValidationException e)
        {
            return await RedisplayAsync(id, model, e.Errors.Select(x => (x.Path, x.Message)).ToList(), StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (ContentConflictException e)
        {
            return await RedisplayAsync(id, model, [("", e.Message)], StatusCodes.Status409Conflict, cancellationToken);
        }
        catch (ContentStateException e)
        {
            return await RedisplayAsync(id, model, [("", e.Message)], StatusCodes.Status409Conflict, cancellationToken);
        }
    }

    [HttpPost("{id}/submit")]
    public Task<IActionResult> Submit(string id, CancellationToken cancellationToken) =>
        TransitionAsync(id, () => editor.SubmitForReviewAsync(id, cancellationToken), "Sent for review.", cancellationToken);

    [HttpPost("{id}/approve")]
    [RequirePermission("ReviewKnowledgeBase")]
    public Task<IActionResult> Approve(string id, CancellationToken cancellationToken) =>
        TransitionAsync(id, () => editor.ApproveAsync(id, cancellationToken), "Approved and published.", cancellationToken);

    [HttpPost("{id}/send-back")]
    [RequirePermission("ReviewKnowledgeBase")]
    public Task<IActionResult> SendBack(string id, string? comment, CancellationToken cancellationToken) =>
        TransitionAsync(id, () => editor.SendBackAsync(id, comment, cancellationToken), "Sent back to the author with your comment.", cancellationToken);

    [HttpPost("{id}/archive")]
    public Task<IActionResult> Archive(string id, CancellationToken cancellationToken) =>
        TransitionAsync(id, () => editor.ArchiveAsync(id, cancellationToken), "Archived: it is no longer shown to anyone outside the admin.", cancellationToken);

    [HttpPost("{id}/unarchive")]
    public Task<IActionResult> Unarchive(string id, CancellationToken cancellationToken) =>
        TransitionAsync(id, () => editor.UnarchiveAsync(id, cancellationToken), "Published again.", cancellationToken);

    /// <summary>The editor's Preview tab: the Markdown rendered and sanitized as the public page will show it.</summary>
    [HttpPost("markdown-preview")]
    public IActionResult Preview([FromForm] string? markdownText) =>
        markdownText?.Length > 100_000
            ? BadRequest("The preview takes at most 100,000 characters.")
            : Content(markup.ToHtml(markdownText, KnowledgeBaseFormats.Markdown), "text/html; charset=utf-8");

    private async Task<IActionResult> TransitionAsync(string id, Func<Task<ContentItem>> change, string notice, CancellationToken cancellationToken)
    {
        try
        {
            await change();
            return Done(id, notice);
        }
        catch (ContentValidationException e)
        {
            return await RedisplayAsync(id, null, e.Errors.Select(x => (x.Path, x.Message)).ToList(), StatusCodes.Status400BadRequest, cancellationToken);
        }
        catch (ContentStateException e)
        {
            return await RedisplayAsync(id, null, [("", e.Message)], StatusCodes.Status409Conflict, cancellationToken);
        }
    }

    private RedirectResult Done(string id, string notice)
    {
        TempData["Notice"] = notice;
        return Redirect($"/admin/kb/{id}");
    }

    private async Task<IActionResult> RedisplayAsync(string id, KnowledgeBaseEditViewModel? posted, List<(string, string)> errors, int status, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        if (item is null || KnowledgeBaseItems.PartOf(item) is not { } part)
        {
            return NotFound();
        }

        var current = KnowledgeBaseEditViewModel.From(id, item.ContentItemVersionId, item.ContentType, item.DisplayText, item.Published, part);
        var model = posted ?? current;
        model.Id = id;
        model.ContentType = item.ContentType;
        model.Status = current.Status;
        model.HasPublished = current.HasPublished;
        model.Slug = current.Slug;
        model.ReviewComment = current.ReviewComment;
        model.Errors = errors;
        Response.StatusCode = status;
        return await EditorAsync(model, cancellationToken);
    }

    private async Task<IActionResult> EditorAsync(KnowledgeBaseEditViewModel model, CancellationToken cancellationToken)
    {
        model.Tree = await categories.TreeAsync(cancellationToken);
        model.RecentViews = model.Id is null ? 0 : (await views.RecentTotalsAsync([model.Id], cancellationToken)).GetValueOrDefault(model.Id);
        ViewData["CanReview"] = await CanReviewAsync();
        ViewData["SearchAvailable"] = search.Available;
        return View("Edit", model);
    }

    private async Task<bool> CanReviewAsync() =>
        (await authorization.AuthorizeAsync(User, PermissionEndpointExtensions.PolicyName(Permissions.ReviewKnowledgeBase.Name))).Succeeded;
}
