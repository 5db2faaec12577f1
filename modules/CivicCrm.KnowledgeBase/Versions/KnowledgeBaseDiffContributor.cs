using CivicCrm.Content;
using CivicCrm.KnowledgeBase.Data;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;

namespace CivicCrm.KnowledgeBase.Versions;

/// <summary>Adds the knowledge base part's steps, categories and workflow state to the content admin's diff page.</summary>
public sealed class KnowledgeBaseDiffContributor(CategoryStore categories) : IContentPartDiffContributor
{
    public string PartName => KnowledgeBaseItems.PartName;

    public async Task<IReadOnlyList<ContentDiffEntry>> CompareAsync(ContentItem older, ContentItem newer, CancellationToken cancellationToken)
    {
        var tree = await categories.TreeAsync(cancellationToken);
        return KnowledgeBaseDiff.Compare(
            KnowledgeBaseItems.PartOf(older) ?? new KnowledgeBasePart(),
            KnowledgeBaseItems.PartOf(newer) ?? new KnowledgeBasePart(),
            newer.ContentItemId,
            tree.NameOf);
    }
}
