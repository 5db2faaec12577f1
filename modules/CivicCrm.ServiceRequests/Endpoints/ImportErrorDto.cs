using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>One row that was not imported; <c>field</c> is null when the whole row or batch failed.</summary>
public sealed record ImportErrorDto(
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("source_id")] string? SourceId,
    [property: JsonPropertyName("field")] string? Field,
    [property: JsonPropertyName("message")] string Message);
