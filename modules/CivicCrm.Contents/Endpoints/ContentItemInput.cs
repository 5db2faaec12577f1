using System.Text.Json.Nodes;

namespace CivicCrm.Contents.Endpoints;

/// <summary>
/// What a client sends to create or save an item. Saving an existing item must echo the
/// <see cref="ContentItemVersionId"/> and <see cref="ConcurrencyStamp"/> it read, so stale edits are refused.
/// </summary>
public sealed record ContentItemInput(
    string? ContentType,
    string? DisplayText,
    string? ContentItemVersionId,
    int? ConcurrencyStamp,
    JsonObject? Content);
