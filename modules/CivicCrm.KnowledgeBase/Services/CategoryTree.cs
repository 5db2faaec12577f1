using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>The whole category tree in memory (it is small): children, ancestors, lookups by slug and name.</summary>
public sealed class CategoryTree
{
    private readonly Dictionary<int, KnowledgeBaseCategory> _byId;
    private readonly Dictionary<string, KnowledgeBaseCategory> _bySlug;

    public CategoryTree(IReadOnlyList<KnowledgeBaseCategory> categories)
    {
        All = categories;
        _byId = categories.ToDictionary(c => c.Id);
        _bySlug = categories.ToDictionary(c => c.Slug, StringComparer.OrdinalIgnoreCase);
        Roots = Build(null, 0);
    }

    public IReadOnlyList<KnowledgeBaseCategory> All { get; }

    public IReadOnlyList<CategoryNode> Roots { get; }

    public KnowledgeBaseCategory? BySlug(string? slug) => slug is not null && _bySlug.TryGetValue(slug, out var c) ? c : null;

    public KnowledgeBaseCategory? ByName(string name) =>
        All.FirstOrDefault(c => string.Equals(c.Name, name.Trim(), StringComparison.OrdinalIgnoreCase)) ?? BySlug(Slugs.From(name));

    public string NameOf(string slug) => BySlug(slug)?.Name ?? slug;

    /// <summary>The category and its ancestors, nearest first.</summary>
    public IEnumerable<KnowledgeBaseCategory> SelfAndAncestors(string slug)
    {
        var seen = new HashSet<int>();
        for (var current = BySlug(slug); current is not null && seen.Add(current.Id); current = current.ParentId is { } p && _byId.TryGetValue(p, out var parent) ? parent : null)
        {
            yield return current;
        }
    }

    /// <summary>The category and every category below it.</summary>
    public IEnumerable<KnowledgeBaseCategory> SelfAndDescendants(string slug)
    {
        var root = BySlug(slug);
        if (root is null)
        {
            yield break;
        }

        var queue = new Queue<KnowledgeBaseCategory>([root]);
        var seen = new HashSet<int>();
        while (queue.TryDequeue(out var current))
        {
            if (!seen.Add(current.Id))
            {
                continue;
            }

            yield return current;
            foreach (var child in All.Where(c => c.ParentId == current.Id))
            {
                queue.Enqueue(child);
            }
        }
    }

    /// <summary>Every node depth-first, for indented lists and pickers.</summary>
    public IEnumerable<CategoryNode> Flatten() => Flatten(Roots);

    private static IEnumerable<CategoryNode> Flatten(IEnumerable<CategoryNode> nodes) =>
        nodes.SelectMany(n => new[] { n }.Concat(Flatten(n.Children)));

    private List<CategoryNode> Build(int? parentId, int depth) =>
        depth > 20 ? [] : All.Where(c => c.ParentId == parentId).OrderBy(c => c.Position).ThenBy(c => c.Name)
            .Select(c => new CategoryNode(c, Build(c.Id, depth + 1), depth)).ToList();
}
