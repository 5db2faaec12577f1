using CivicCrm.KnowledgeBase.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>Adds, renames, moves and deletes categories; a category in use or with children is never deleted.</summary>
public sealed class CategoryStore(DbContext db, KnowledgeBaseSearch search)
{
    public async Task<CategoryTree> TreeAsync(CancellationToken cancellationToken) =>
        new(await db.Set<KnowledgeBaseCategory>().AsNoTracking().ToListAsync(cancellationToken));

    /// <summary>Adds a category; the slug comes from the name when not given and is made unique.</summary>
    public async Task<(KnowledgeBaseCategory? Category, string? Error)> AddAsync(string? name, string? slug, int? parentId, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 120)
        {
            return (null, "A category needs a name of at most 120 characters.");
        }

        if (parentId is { } p && !await db.Set<KnowledgeBaseCategory>().AnyAsync(c => c.Id == p, cancellationToken))
        {
            return (null, "The parent category does not exist.");
        }

        var wanted = string.IsNullOrWhiteSpace(slug) ? Slugs.From(name) : slug.Trim();
        if (!Slugs.IsValid(wanted))
        {
            return (null, "A slug has lower case letters, digits and hyphens only.");
        }

        var unique = wanted;
        for (var n = 2; await db.Set<KnowledgeBaseCategory>().AnyAsync(c => c.Slug == unique, cancellationToken); n++)
        {
            unique = $"{wanted}-{n}";
        }

        var position = await db.Set<KnowledgeBaseCategory>().Where(c => c.ParentId == parentId).CountAsync(cancellationToken);
        var category = new KnowledgeBaseCategory { Name = name, Slug = unique, ParentId = parentId, Position = position };
        db.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return (category, null);
    }

    public async Task<string?> RenameAsync(int id, string? name, CancellationToken cancellationToken)
    {
        name = name?.Trim();
        if (string.IsNullOrEmpty(name) || name.Length > 120)
        {
            return "A category needs a name of at most 120 characters.";
        }

        var category = await db.Set<KnowledgeBaseCategory>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return "The category does not exist.";
        }

        category.Name = name;
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>Moves a category under another one (or to the top when <paramref name="parentId"/> is null), never under itself.</summary>
    public async Task<string?> MoveAsync(int id, int? parentId, CancellationToken cancellationToken)
    {
        var tree = await TreeAsync(cancellationToken);
        var category = tree.All.FirstOrDefault(c => c.Id == id);
        if (category is null)
        {
            return "The category does not exist.";
        }

        if (parentId is { } p)
        {
            if (tree.All.FirstOrDefault(c => c.Id == p) is not { } parent)
            {
                return "The new parent category does not exist.";
            }

            if (tree.SelfAndDescendants(category.Slug).Any(c => c.Id == parent.Id))
            {
                return "A category cannot move under itself or one of its subcategories.";
            }
        }

        var tracked = await db.Set<KnowledgeBaseCategory>().FirstAsync(c => c.Id == id, cancellationToken);
        var moved = tracked.ParentId != parentId;
        tracked.ParentId = parentId;
        tracked.Position = await db.Set<KnowledgeBaseCategory>().Where(c => c.ParentId == parentId && c.Id != id).CountAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (moved)
        {
            await RequestReindexAsync(cancellationToken);
        }

        return null;
    }

    /// <summary>
    /// Items are indexed under their categories and every ancestor, so when the tree changes shape the whole
    /// knowledge-base index is rebuilt in the background (a city's knowledge base is a few thousand items).
    /// </summary>
    public Task RequestReindexAsync(CancellationToken cancellationToken) => search.RequestRebuildAsync(cancellationToken);

    public async Task<string?> DeleteAsync(int id, CancellationToken cancellationToken)
    {
        var category = await db.Set<KnowledgeBaseCategory>().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (category is null)
        {
            return "The category does not exist.";
        }

        if (await db.Set<KnowledgeBaseCategory>().AnyAsync(c => c.ParentId == id, cancellationToken))
        {
            return $"{category.Name} has subcategories; move or delete them first.";
        }

        var used = await db.Set<KnowledgeBaseCategoryIndex>().Where(r => r.CategorySlug == category.Slug && (r.Latest || r.Published)).Select(r => r.ContentItemId).Distinct().CountAsync(cancellationToken);
        if (used > 0)
        {
            return $"{category.Name} is used by {used} item(s); take them out of it first.";
        }

        db.Remove(category);
        await db.SaveChangesAsync(cancellationToken);
        return null;
    }

    /// <summary>The slugs of the named categories, creating the missing ones at the top level (imports and recipes).</summary>
    public async Task<List<string>> ResolveOrCreateAsync(IEnumerable<string> names, CancellationToken cancellationToken)
    {
        var tree = await TreeAsync(cancellationToken);
        var slugs = new List<string>();
        foreach (var name in names.Where(n => !string.IsNullOrWhiteSpace(n)))
        {
            var existing = tree.ByName(name);
            if (existing is null)
            {
                var (created, _) = await AddAsync(name, null, null, cancellationToken);
                if (created is null)
                {
                    continue;
                }

                tree = await TreeAsync(cancellationToken);
                existing = created;
            }

            if (!slugs.Contains(existing.Slug))
            {
                slugs.Add(existing.Slug);
            }
        }

        return slugs;
    }
}
