namespace CivicCrm.Contents.Endpoints;

public sealed record ContentItemSummary(
    string ContentItemId, string ContentItemVersionId, string ContentType, string DisplayText, bool Latest, bool Published,
    string? Owner, string? Author, DateTime? ModifiedUtc, DateTime? PublishedUtc);
