using System.Text.Json.Serialization;
using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.ServiceRequests.Endpoints;

public sealed record DuplicateCandidateDto(
    [property: JsonPropertyName("service_request_id")] string ServiceRequestId,
    [property: JsonPropertyName("problem_id")] long ProblemId,
    [property: JsonPropertyName("score")] double Score,
    [property: JsonPropertyName("distance_m")] double? DistanceMeters,
    [property: JsonPropertyName("requested_datetime")] DateTime RequestedUtc,
    [property: JsonPropertyName("address")] string? Address,
    [property: JsonPropertyName("source_id")] string? SourceId)
{
    public static DuplicateCandidateDto From(DuplicateCandidate c) =>
        new(c.ServiceRequestId, c.ProblemId, c.Score, c.DistanceMeters, c.RequestedUtc, c.Address, c.SourceId);
}
