using System.Globalization;
using CivicCrm.Open311.Wire;
using CivicCrm.ServiceRequests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Open311.Endpoints;

/// <summary>
/// <c>GET requests.{format}</c> with service_request_id (overrides the rest), service_code, start_date/end_date (90
/// days at most; the last 90 days by default), status, page/page_size (1,000 at most), extensions; and
/// <c>GET requests/{id}.{format}</c>.
/// </summary>
public static class RequestQueryEndpoints
{
    public const int MaxPageSize = 1000;

    public static void MapOpen311RequestQueries(this IEndpointRouteBuilder group)
    {
        group.MapGet("/requests.{format}", ListAsync);
        group.MapGet("/requests/{id}.{format}", async (string id, string format, HttpContext http, Open311Gate gate, IPublicRequestReader reader, CancellationToken ct) =>
        {
            var (call, refusal) = await gate.EnterAsync(http, format, null, ct);
            if (call is null)
            {
                return refusal!;
            }

            var extensions = IsTrue(call.Param("extensions"));
            var found = await reader.SearchAsync(new PublicRequestQuery { TrackingNumbers = [id], Take = 1, WithDetails = extensions }, ct);
            return found.Count == 0
                ? call.Error(StatusCodes.Status404NotFound, $"service_request_id '{id}' was not found.")
                : call.Ok("service_requests", new Open311List("request", [RequestMapper.ToRequest(found[0], extensions)]));
        });
    }

    private static async Task<IResult> ListAsync(string format, HttpContext http, Open311Gate gate, IPublicRequestReader reader, TimeProvider clock, CancellationToken ct)
    {
        var (call, refusal) = await gate.EnterAsync(http, format, null, ct);
        if (call is null)
        {
            return refusal!;
        }

        var errors = new List<string>();
        var extensions = IsTrue(call.Param("extensions"));
        var page = Positive(call.Param("page"), "page", 1, int.MaxValue, errors);
        var size = Positive(call.Param("page_size"), "page_size", MaxPageSize, MaxPageSize, errors);
        PublicRequestQuery query;
        if (List(call.Param("service_request_id")) is { Count: > 0 } ids)
        {
            query = new PublicRequestQuery { TrackingNumbers = ids, Take = MaxPageSize, WithDetails = extensions };
        }
        else
        {
            var (from, to, dateError) = DateWindow.Read(call.Param("start_date"), call.Param("end_date"), clock.GetUtcNow().UtcDateTime);
            if (dateError is not null)
            {
                errors.Add(dateError);
            }

            var statuses = List(call.Param("status"));
            foreach (var unknown in statuses.Where(s => s is not ("open" or "closed")))
            {
                errors.Add($"status '{unknown}' is not open or closed.");
            }

            query = new PublicRequestQuery
            {
                ServiceCodes = List(call.Param("service_code")), FromUtc = from, ToUtc = to,
                Open = statuses.Contains("open") == statuses.Contains("closed") ? null : statuses.Contains("open"),
                Skip = (int)Math.Min((long)(page - 1) * size, int.MaxValue), Take = size, WithDetails = extensions,
            };
        }

        if (errors.Count > 0)
        {
            return call.Error(StatusCodes.Status400BadRequest, [.. errors]);
        }

        var reports = await reader.SearchAsync(query, ct);
        return call.Ok("service_requests", new Open311List("request", reports.Select(r => (object?)RequestMapper.ToRequest(r, extensions)).ToList()));
    }

    public static bool IsTrue(string? value) => string.Equals(value, "true", StringComparison.OrdinalIgnoreCase) || value == "1";

    private static List<string> List(string? value) =>
        value is null ? [] : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();

    private static int Positive(string? value, string name, int fallback, int max, List<string> errors)
    {
        if (value is null)
        {
            return fallback;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < 1 || number > max)
        {
            errors.Add($"{name} must be a whole number from 1 to {max}.");
            return fallback;
        }

        return number;
    }
}
