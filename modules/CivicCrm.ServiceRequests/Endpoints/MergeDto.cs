using System.Text.Json.Serialization;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>A merge into the report's problem: <c>POST .../merges/{merge_id}/undo</c> undoes it while <c>undone_datetime</c> is null.</summary>
public sealed record MergeDto(
    [property: JsonPropertyName("merge_id")] long MergeId,
    [property: JsonPropertyName("merged_problem_id")] long MergedProblemId,
    [property: JsonPropertyName("reports")] IReadOnlyList<string> Reports,
    [property: JsonPropertyName("merged_datetime")] DateTime MergedUtc,
    [property: JsonPropertyName("merged_by")] string? MergedBy,
    [property: JsonPropertyName("undone_datetime")] DateTime? UndoneUtc);
