using CivicCrm.Content;
using CivicCrm.Indexing;
using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Data;

public sealed class KnowledgeBaseCategoryIndexProvider : IndexProvider<KnowledgeBaseCategoryIndex>
{
    protected override IEnumerable<KnowledgeBaseCategoryIndex> Map(ContentItem item) =>
        KnowledgeBaseTypes.All.Contains(item.ContentType) && KnowledgeBaseItems.PartOf(item) is { } part
            ? part.Categories.Distinct().Select(slug => new KnowledgeBaseCategoryIndex { CategorySlug = slug, Latest = item.Latest, Published = item.Published })
            : [];
}
