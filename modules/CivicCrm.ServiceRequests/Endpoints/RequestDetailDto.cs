using System.Text.Json.Serialization;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>A report for staff: the problem it belongs to, every department's work item and the full history.</summary>
public sealed record RequestDetailDto(
    [property: JsonPropertyName("service_request_id")] string TrackingNumber,
    [property: JsonPropertyName("problem_id")] long ProblemId,
    [property: JsonPropertyName("service_code")] string ServiceCode,
    [property: JsonPropertyName("service_name")] string? ServiceName,
    [property: JsonPropertyName("status")] string Status,
    [property: JsonPropertyName("description")] string? Description,
    [property: JsonPropertyName("attributes")] IReadOnlyDictionary<string, string> Answers,
    [property: JsonPropertyName("address")] string? Address,
    [property: JsonPropertyName("lat")] double? Latitude,
    [property: JsonPropertyName("long")] double? Longitude,
    [property: JsonPropertyName("channel")] string Channel,
    [property: JsonPropertyName("requested_datetime")] DateTime RequestedUtc,
    [property: JsonPropertyName("expected_datetime")] DateTime? ExpectedUtc,
    [property: JsonPropertyName("reports_of_problem")] int ReportsOfProblem,
    [property: JsonPropertyName("work_items")] IReadOnlyList<WorkItemDto> WorkItems,
    [property: JsonPropertyName("history")] IReadOnlyList<HistoryDto> History,
    [property: JsonPropertyName("merges")] IReadOnlyList<MergeDto> Merges)
{
    public static RequestDetailDto From(RequestDetail detail) => new(
        detail.Request.TrackingNumber, detail.Problem.Id, detail.Request.RequestTypeCode, detail.Type?.Name,
        Api.Status(detail.Problem.Status), detail.Request.Description, detail.Request.Answers, detail.Request.Address,
        detail.Request.Latitude, detail.Request.Longitude, detail.Request.Channel.ToString().ToLowerInvariant(),
        detail.Request.RequestedUtc, detail.Request.ExpectedUtc, detail.ReportsOfProblem,
        detail.WorkItems.Select(w => new WorkItemDto(w.Id, w.DepartmentCode, Api.Status(w.Status), w.Assignee, w.DueUtc, w.WarningUtc)).ToList(),
        detail.History.Select(e => new HistoryDto(e.Kind, e.FromStatus is null ? null : Api.Status(e.FromStatus.Value),
            e.ToStatus is null ? null : Api.Status(e.ToStatus.Value), e.Note, e.IsPublic, e.Actor, e.CreatedUtc)).ToList(),
        detail.Merges.Select(m => new MergeDto(m.Merge.Id, m.Merge.SourceProblemId, m.TrackingNumbers, m.Merge.MergedUtc, m.Merge.MergedBy, m.Merge.UndoneUtc)).ToList());
}
