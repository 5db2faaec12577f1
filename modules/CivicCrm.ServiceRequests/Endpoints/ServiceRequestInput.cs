using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>A report filed through the JSON API. Field names follow Open311.</summary>
public sealed record ServiceRequestInput(
    [property: JsonPropertyName("service_code")] string? ServiceCode,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("attributes")] Dictionary<string, string[]>? Attributes,
    [property: JsonPropertyName("address_string")] string? Address,
    [property: JsonPropertyName("lat")] double? Latitude,
    [property: JsonPropertyName("long")] double? Longitude,
    [property: JsonPropertyName("email")] string? Email,
    [property: JsonPropertyName("name")] string? Name,
    [property: JsonPropertyName("phone")] string? Phone,
    [property: JsonPropertyName("media_url")] string? MediaUrl,
    [property: JsonPropertyName("channel")] string? Channel,
    [property: JsonPropertyName("problem_id")] long? ProblemId);
