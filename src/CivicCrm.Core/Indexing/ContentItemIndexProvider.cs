using CivicCrm.Content;

namespace CivicCrm.Indexing;

internal sealed class ContentItemIndexProvider : IndexProvider<ContentItemIndex>
{
    protected override IEnumerable<ContentItemIndex> Map(ContentItem item) =>
    [
        new ContentItemIndex
        {
            ContentType = item.ContentType,
            DisplayText = item.DisplayText,
            Latest = item.Latest,
            Published = item.Published,
            Owner = item.Owner,
            Author = item.Author,
            CreatedUtc = item.CreatedUtc,
            ModifiedUtc = item.ModifiedUtc,
            PublishedUtc = item.PublishedUtc,
        },
    ];
}
