using System.Text.Json.Nodes;
using CivicCrm.Content;

namespace CivicCrm.Contents.Endpoints;

/// <summary>A content item version as the API shows it; <see cref="Content"/> holds its parts by name.</summary>
public sealed record ContentItemDto(
    string ContentItemId,
    string ContentItemVersionId,
    string ContentType,
    string DisplayText,
    bool Latest,
    bool Published,
    int Number,
    string? Owner,
    string? Author,
    DateTime? CreatedUtc,
    DateTime? ModifiedUtc,
    DateTime? PublishedUtc,
    int ConcurrencyStamp,
    JsonObject Content)
{
    public static ContentItemDto From(ContentItem item) => new(
        item.ContentItemId, item.ContentItemVersionId, item.ContentType, item.DisplayText, item.Latest, item.Published, item.Number,
        item.Owner, item.Author, item.CreatedUtc, item.ModifiedUtc, item.PublishedUtc, item.ConcurrencyStamp, item.Content);
}
