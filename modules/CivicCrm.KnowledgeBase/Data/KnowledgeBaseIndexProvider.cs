using System.Globalization;
using CivicCrm.Content;
using CivicCrm.Indexing;
using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Data;

public sealed class KnowledgeBaseIndexProvider : IndexProvider<KnowledgeBaseIndex>
{
    protected override IEnumerable<KnowledgeBaseIndex> Map(ContentItem item)
    {
        if (!KnowledgeBaseTypes.All.Contains(item.ContentType) || KnowledgeBaseItems.PartOf(item) is not { } part)
        {
            yield break;
        }

        yield return new KnowledgeBaseIndex
        {
            ContentType = item.ContentType,
            Title = item.DisplayText,
            ExternalId = part.ExternalId,
            Slug = part.Slug,
            Status = part.Status,
            Audience = part.Audience,
            ReviewBy = DateOnly.TryParseExact(part.ReviewBy, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null,
            RequestTypes = "," + string.Join(",", part.RequestTypeList.Select(c => c.ToUpperInvariant())) + ",",
            Latest = item.Latest,
            Published = item.Published,
            ModifiedUtc = item.ModifiedUtc,
        };
    }
}
