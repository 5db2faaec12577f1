using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

public sealed record FiledRequestDto(
    [property: JsonPropertyName("service_request_id")] string TrackingNumber,
    [property: JsonPropertyName("problem_id")] long ProblemId,
    [property: JsonPropertyName("expected_datetime")] DateTime? ExpectedUtc,
    [property: JsonPropertyName("linked_to_existing_problem")] bool Linked);
