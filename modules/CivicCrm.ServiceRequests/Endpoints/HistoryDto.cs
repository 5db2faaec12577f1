using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

public sealed record HistoryDto(
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("from_status")] string? FromStatus,
    [property: JsonPropertyName("to_status")] string? ToStatus,
    [property: JsonPropertyName("note")] string? Note,
    [property: JsonPropertyName("public")] bool IsPublic,
    [property: JsonPropertyName("actor")] string? Actor,
    [property: JsonPropertyName("datetime")] DateTime CreatedUtc);
