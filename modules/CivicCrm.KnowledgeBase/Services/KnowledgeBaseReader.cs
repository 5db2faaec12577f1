using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Data;
using CivicCrm.KnowledgeBase.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>
/// Reads what a reader may see: published, not archived, and public unless <c>includeInternal</c> (staff).
/// Drafts and items in review are never returned here.
/// </summary>
public sealed class KnowledgeBaseReader(DbContext db, IContentManager contents, KnowledgeBaseViewCounts views)
{
    public IQueryable<KnowledgeBaseIndex> Visible(bool includeInternal) =>
        db.Set<KnowledgeBaseIndex>().AsNoTracking().Where(r => r.Published && r.Status == KnowledgeBaseStatus.Published
            && (includeInternal || r.Audience == KnowledgeBaseAudiences.Public));

    /// <summary>The published version of an item by its slug or id, when the reader may see it.</summary>
    public async Task<(ContentItem Item, KnowledgeBasePart Part)?> FindAsync(string slugOrId, bool includeInternal, CancellationToken cancellationToken)
    {
        var id = await Visible(includeInternal).Where(r => r.Slug == slugOrId || r.ContentItemId == slugOrId)
            .Select(r => r.ContentItemId).FirstOrDefaultAsync(cancellationToken);
        if (id is null || await contents.GetAsync(id, VersionOptions.Published, cancellationToken) is not { } item
            || KnowledgeBaseItems.PartOf(item) is not { } part)
        {
            return null;
        }

        return (item, part);
    }

    /// <summary>
    /// The most read items of the last 30 days; while fewer than <paramref name="take"/> were read, the rest are those
    /// with the most "helpful" votes, then the newest.
    /// </summary>
    public async Task<List<KnowledgeBaseIndex>> PopularAsync(bool includeInternal, int take, CancellationToken cancellationToken)
    {
        var answers = Visible(includeInternal).Where(r => r.ContentType != KnowledgeBaseTypes.CallScript);
        var totals = views.Recent().GroupBy(v => v.ContentItemId).Select(g => new { ContentItemId = g.Key, Views = g.Sum(v => v.Views) });
        var read = await answers.Join(totals, r => r.ContentItemId, t => t.ContentItemId, (r, t) => new { Row = r, t.Views })
            .OrderByDescending(x => x.Views)
            .ThenByDescending(x => x.Row.ModifiedUtc)
            .Take(take)
            .Select(x => x.Row)
            .ToListAsync(cancellationToken);
        if (read.Count >= take)
        {
            return read;
        }

        var shown = read.Select(r => r.ContentItemId).ToList();
        var helpful = db.Set<HelpfulnessVote>().Where(v => v.Helpful);
        read.AddRange(await answers.Where(r => !shown.Contains(r.ContentItemId))
            .OrderByDescending(r => helpful.Count(v => v.ContentItemId == r.ContentItemId))
            .ThenByDescending(r => r.ModifiedUtc)
            .Take(take - read.Count)
            .ToListAsync(cancellationToken));
        return read;
    }

    /// <summary>Other visible items sharing a category or a request type with this one.</summary>
    public async Task<List<KnowledgeBaseIndex>> RelatedAsync(string contentItemId, KnowledgeBasePart part, bool includeInternal, int take, CancellationToken cancellationToken)
    {
        var slugs = part.Categories;
        var inCategories = db.Set<KnowledgeBaseCategoryIndex>().Where(c => c.Published && slugs.Contains(c.CategorySlug)).Select(c => c.ContentItemId);
        var codes = part.RequestTypeList.Select(c => "," + c.ToUpperInvariant() + ",").ToList();
        var candidates = await Visible(includeInternal).Where(r => r.ContentItemId != contentItemId && r.ContentType != KnowledgeBaseTypes.CallScript)
            .Where(r => inCategories.Contains(r.ContentItemId) || codes.Any(code => r.RequestTypes.Contains(code)))
            .OrderByDescending(r => r.ModifiedUtc)
            .Take(take)
            .ToListAsync(cancellationToken);
        return candidates;
    }

    public async Task<List<KnowledgeBaseIndex>> InCategoriesAsync(IReadOnlyCollection<string> slugs, bool includeInternal, CancellationToken cancellationToken)
    {
        var ids = db.Set<KnowledgeBaseCategoryIndex>().Where(c => c.Published && slugs.Contains(c.CategorySlug)).Select(c => c.ContentItemId);
        return await Visible(includeInternal).Where(r => ids.Contains(r.ContentItemId)).OrderBy(r => r.Title).ToListAsync(cancellationToken);
    }

    /// <summary>The published call scripts linked to a request type.</summary>
    public Task<List<KnowledgeBaseIndex>> ScriptsForAsync(string requestTypeCode, CancellationToken cancellationToken)
    {
        var code = "," + requestTypeCode.ToUpperInvariant() + ",";
        return Visible(includeInternal: true).Where(r => r.ContentType == KnowledgeBaseTypes.CallScript && r.RequestTypes.Contains(code))
            .OrderBy(r => r.Title).ToListAsync(cancellationToken);
    }
}
