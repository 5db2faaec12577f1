using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.ViewModels;

/// <summary>A point on the request map: only a place and a public label, never a resident's details.</summary>
public sealed record MapPoint(
    [property: JsonPropertyName("lat")] double Latitude,
    [property: JsonPropertyName("long")] double Longitude,
    [property: JsonPropertyName("label")] string Label,
    [property: JsonPropertyName("url")] string? Url);
