namespace CivicCrm.Contents.Endpoints;

public sealed record ContentItemPage(int Total, int Skip, int Take, IReadOnlyList<ContentItemSummary> Items);
