using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>The tracking number of any report of the problem to merge into.</summary>
public sealed record MergeInput([property: JsonPropertyName("into")] string? Into);
