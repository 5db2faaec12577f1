using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Data;
using CivicCrm.KnowledgeBase.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>
/// Writes knowledge base items through the content manager and moves them through the review workflow:
/// draft → in review → published → archived. The published version stays visible while a newer draft is edited
/// and reviewed; approving publishes the draft. Wrong transitions throw <see cref="ContentStateException"/> (409).
/// </summary>
public sealed class KnowledgeBaseEditor(
    IContentManager contents,
    KnowledgeBaseDefinitions definitions,
    CategoryStore categories,
    KnowledgeBaseMarkup markup,
    DbContext db)
{
    private static readonly HashSet<string> ReservedSlugs = ["search", "suggest", "vote", "categories", "category", "new"];

    /// <summary>Creates an item as a draft, or published (recipes, imports and reviewers).</summary>
    public async Task<ContentItem> CreateAsync(KnowledgeBaseDraft draft, bool publish, CancellationToken cancellationToken)
    {
        await definitions.EnsureAsync(cancellationToken);
        await ValidateAsync(draft, cancellationToken);
        var item = await contents.NewAsync(draft.ContentType, cancellationToken);
        var part = Apply(new KnowledgeBasePart(), draft);
        part.Slug = await UniqueSlugAsync(draft.Title, null, cancellationToken);
        part.Status = publish ? KnowledgeBaseStatus.Published : KnowledgeBaseStatus.Draft;
        KnowledgeBaseItems.SetTitle(item, draft.Title.Trim());
        KnowledgeBaseItems.SetPart(item, part);
        return await contents.CreateAsync(item, publish, cancellationToken);
    }

    /// <summary>
    /// Saves an edit as the latest draft (the published version stays until a reviewer approves), or publishes it.
    /// When <paramref name="versionId"/> is given it must still be the latest version.
    /// </summary>
    public async Task<ContentItem> SaveAsync(string id, KnowledgeBaseDraft draft, string? versionId, bool publish, CancellationToken cancellationToken)
    {
        await definitions.EnsureAsync(cancellationToken);
        var item = await LatestAsync(id, cancellationToken);
        if (versionId is not null && versionId != item.ContentItemVersionId)
        {
            throw new ContentConflictException(item.ContentItemId, item);
        }

        draft.ContentType = item.ContentType;
        await ValidateAsync(draft, cancellationToken);
        var part = Apply(KnowledgeBaseItems.PartOf(item) ?? new KnowledgeBasePart(), draft);
        part.Status = publish ? KnowledgeBaseStatus.Published : KnowledgeBaseStatus.Draft;
        if (publish)
        {
            part.ReviewComment = null;
        }

        KnowledgeBaseItems.SetTitle(item, draft.Title.Trim());
        KnowledgeBaseItems.SetPart(item, part);
        return publish ? await contents.PublishAsync(item, cancellationToken) : await contents.SaveDraftAsync(item, cancellationToken);
    }

    public Task<ContentItem> SubmitForReviewAsync(string id, CancellationToken cancellationToken) =>
        TransitionAsync(id, [KnowledgeBaseStatus.Draft], KnowledgeBaseStatus.InReview, publish: false, null, cancellationToken);

    /// <summary>A reviewer publishes an item in review (or a draft directly).</summary>
    public Task<ContentItem> ApproveAsync(string id, CancellationToken cancellationToken) =>
        TransitionAsync(id, [KnowledgeBaseStatus.InReview, KnowledgeBaseStatus.Draft], KnowledgeBaseStatus.Published, publish: true, null, cancellationToken);

    public Task<ContentItem> SendBackAsync(string id, string? comment, CancellationToken cancellationToken)
    {
        comment = comment?.Trim();
        if (string.IsNullOrEmpty(comment) || comment.Length > 2000)
        {
            throw new ContentValidationException([new("comment", "Say what needs to change (at most 2,000 characters).")]);
        }

        return TransitionAsync(id, [KnowledgeBaseStatus.InReview], KnowledgeBaseStatus.Draft, publish: false, comment, cancellationToken);
    }

    /// <summary>Takes a published item off the public pages and search; its versions stay.</summary>
    public Task<ContentItem> ArchiveAsync(string id, CancellationToken cancellationToken) =>
        TransitionAsync(id, [KnowledgeBaseStatus.Published], KnowledgeBaseStatus.Archived, publish: true, null, cancellationToken);

    public Task<ContentItem> UnarchiveAsync(string id, CancellationToken cancellationToken) =>
        TransitionAsync(id, [KnowledgeBaseStatus.Archived], KnowledgeBaseStatus.Published, publish: true, null, cancellationToken);

    private async Task<ContentItem> TransitionAsync(
        string id, string[] from, string to, bool publish, string? comment, CancellationToken cancellationToken)
    {
        var item = await LatestAsync(id, cancellationToken);
        var part = KnowledgeBaseItems.PartOf(item) ?? new KnowledgeBasePart();
        if (!from.Contains(part.Status))
        {
            throw new ContentStateException(
                $"\"{item.DisplayText}\" is {KnowledgeBaseStatus.Label(part.Status).ToLowerInvariant()}; this needs it to be {string.Join(" or ", from.Select(s => KnowledgeBaseStatus.Label(s).ToLowerInvariant()))}.");
        }

        if (to == KnowledgeBaseStatus.Archived && !item.Published)
        {
            throw new ContentStateException($"\"{item.DisplayText}\" has a newer draft; publish or discard it before archiving.");
        }

        part.Status = to;
        part.ReviewComment = comment;
        KnowledgeBaseItems.SetPart(item, part);
        return publish ? await contents.PublishAsync(item, cancellationToken) : await contents.SaveDraftAsync(item, cancellationToken);
    }

    private async Task<ContentItem> LatestAsync(string id, CancellationToken cancellationToken)
    {
        var item = await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
        return item is not null && KnowledgeBaseTypes.All.Contains(item.ContentType) ? item : throw new ContentNotFoundException(id);
    }

    private async Task ValidateAsync(KnowledgeBaseDraft draft, CancellationToken cancellationToken)
    {
        var errors = KnowledgeBaseDraftValidator.Validate(draft, await categories.TreeAsync(cancellationToken));
        if (errors.Count > 0)
        {
            throw new ContentValidationException(errors);
        }
    }

    private KnowledgeBasePart Apply(KnowledgeBasePart part, KnowledgeBaseDraft draft)
    {
        part.ExternalId = string.IsNullOrWhiteSpace(draft.ExternalId) ? part.ExternalId : draft.ExternalId.Trim();
        part.Summary = draft.Summary?.Trim();
        part.BodyFormat = draft.BodyFormat;
        part.Body = draft.BodyFormat == KnowledgeBaseFormats.Html ? markup.Sanitize(draft.Body) : draft.Body?.Trim();
        part.Audience = draft.Audience;
        part.Tags = string.Join(", ", KnowledgeBasePart.Split(draft.Tags));
        part.ReviewBy = string.IsNullOrWhiteSpace(draft.ReviewBy) ? null : draft.ReviewBy.Trim();
        part.RelatedRequestTypes = string.Join(", ", KnowledgeBasePart.Split(draft.RelatedRequestTypes).Select(c => c.ToUpperInvariant()));
        part.ReportRequestType = string.IsNullOrWhiteSpace(draft.ReportRequestType) ? null : draft.ReportRequestType.Trim().ToUpperInvariant();
        part.Categories = draft.Categories.Distinct().ToList();
        part.Steps = draft.ContentType == KnowledgeBaseTypes.CallScript ? draft.Steps : [];
        return part;
    }

    private async Task<string> UniqueSlugAsync(string title, string? itemId, CancellationToken cancellationToken)
    {
        var wanted = Slugs.From(title);
        if (wanted.Length == 0 || ReservedSlugs.Contains(wanted))
        {
            wanted = "item" + (wanted.Length == 0 ? "" : "-" + wanted);
        }

        var slug = wanted;
        for (var n = 2; await db.Set<KnowledgeBaseIndex>().AnyAsync(r => r.Slug == slug && r.ContentItemId != itemId, cancellationToken); n++)
        {
            slug = $"{wanted}-{n}";
        }

        return slug;
    }
}
