using CivicCrm.KnowledgeBase.Data;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;
using CivicCrm.Search;

namespace CivicCrm.KnowledgeBase.Search;

/// <summary>
/// The search document of a published FAQ, article or call script: title, summary, body as plain text, tags, every
/// category with its ancestors (so a search in "Streets" finds items filed under "Streets › Potholes"), type,
/// audience, url and external id. Archived items are left out.
/// </summary>
public sealed class KnowledgeBaseSearchContributor(CategoryStore categories, KnowledgeBaseMarkup markup) : ISearchDocumentContributor
{
    public async Task ContributeAsync(SearchDocumentContext context, CancellationToken cancellationToken = default)
    {
        var item = context.Item;
        if (!KnowledgeBaseTypes.All.Contains(item.ContentType))
        {
            return;
        }

        var part = KnowledgeBaseItems.PartOf(item);
        if (part is null || part.Status != KnowledgeBaseStatus.Published)
        {
            context.Skip = true;
            return;
        }

        context.AddText("title", item.DisplayText, stored: true);
        context.AddText("summary", part.Summary, stored: true);
        var body = markup.ToPlainText(part.Body, part.BodyFormat);
        if (part.Steps.Count > 0)
        {
            body = string.Join(" ", new[] { body }.Concat(part.Steps.Select(s => s.Text)));
        }

        context.AddText("body", body);
        context.AddText("tags", string.Join(" ", part.TagList));
        var tree = await categories.TreeAsync(cancellationToken);
        foreach (var slug in part.Categories.SelectMany(s => tree.SelfAndAncestors(s)).Select(c => c.Slug).Distinct())
        {
            context.AddKeyword("category", slug);
        }

        context.AddKeyword("type", KnowledgeBaseTypes.ToKind(item.ContentType));
        context.AddKeyword("audience", part.Audience);
        context.AddStored("url", KnowledgeBaseUrls.Item(part.Slug, item.ContentItemId));
        context.AddKeyword("externalId", part.ExternalId);
    }
}
