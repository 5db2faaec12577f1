using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>
/// Upserts items by external id (recipe step and import API): a new id creates the item; a known one saves the new
/// content over it. <c>published: true</c> publishes it; <c>false</c> saves a draft (an already published version stays
/// published until the draft is approved). Missing categories are created at the top of the tree.
/// </summary>
public sealed class KnowledgeBaseImporter(KnowledgeBaseEditor editor, CategoryStore categories, DbContext db)
{
    /// <returns>Whether the item was created (false: updated).</returns>
    public async Task<bool> UpsertAsync(KnowledgeBaseExchangeItem item, CancellationToken cancellationToken)
    {
        var draft = item.Draft;
        draft.Categories = await categories.ResolveOrCreateAsync(item.CategoryNames, cancellationToken);
        var existingId = await db.Set<KnowledgeBaseIndex>().AsNoTracking()
            .Where(r => r.ExternalId == draft.ExternalId && r.Latest)
            .Select(r => r.ContentItemId)
            .FirstOrDefaultAsync(cancellationToken);
        if (existingId is null)
        {
            await editor.CreateAsync(draft, item.Published, cancellationToken);
            return true;
        }

        await editor.SaveAsync(existingId, draft, null, item.Published, cancellationToken);
        return false;
    }

    /// <summary>Upserts every item; errors (with the item's index) instead of an exception for items that fail validation.</summary>
    public async Task<List<KnowledgeBaseItemError>> UpsertAllAsync(IReadOnlyList<KnowledgeBaseExchangeItem> items, CancellationToken cancellationToken)
    {
        var errors = new List<KnowledgeBaseItemError>();
        for (var i = 0; i < items.Count; i++)
        {
            try
            {
                await UpsertAsync(items[i], cancellationToken);
            }
            catch (ContentValidationException e)
            {
                errors.AddRange(e.Errors.Select(err => new KnowledgeBaseItemError(i, Field(err.Path), err.Message)));
            }
        }

        return errors;
    }

    /// <summary>Maps the platform's part paths (<c>KnowledgeBasePart.Summary</c>) back to the exchange format's names.</summary>
    private static string Field(string path)
    {
        var name = path.Contains('.', StringComparison.Ordinal) && !path.StartsWith("steps", StringComparison.Ordinal) ? path[(path.LastIndexOf('.') + 1)..] : path;
        return name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }
}
