using System.Globalization;
using CivicCrm.Open311.Services;
using CivicCrm.Open311.Wire;
using CivicCrm.Security;
using CivicCrm.ServiceRequests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Open311.Endpoints;

/// <summary>
/// mySociety's <c>servicerequestupdates.{format}</c>. GET: public changes in a start_date/end_date window (the last
/// 24 hours by default, 90 days at most) with extended statuses. POST: a resident's update relayed by an app, recorded
/// as a public note; its status is applied only when the key may update requests (<c>UpdateRequests</c>).
/// </summary>
public static class UpdateEndpoints
{
    private const string UpdateRequestsPermission = "UpdateRequests";

    public static void MapOpen311Updates(this IEndpointRouteBuilder group)
    {
        group.MapGet("/servicerequestupdates.{format}", ListAsync);
        group.MapPost("/servicerequestupdates.{format}", PostAsync);
    }

    private static async Task<IResult> ListAsync(string format, HttpContext http, Open311Gate gate, IPublicRequestReader reader, TimeProvider clock, CancellationToken ct)
    {
        var (call, refusal) = await gate.EnterAsync(http, format, null, ct);
        if (call is null)
        {
            return refusal!;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var start = call.Param("start_date");
        var end = call.Param("end_date");
        var (from, to, error) = start is null && end is null ? (now.AddDays(-1), now, null) : DateWindow.Read(start, end, now);
        if (error is not null)
        {
            return call.Error(StatusCodes.Status400BadRequest, error);
        }

        var updates = await reader.UpdatesAsync(from, to, RequestQueryEndpoints.MaxPageSize, ct);
        return call.Ok("service_request_updates", new Open311List("request_update", updates.Select(u => (object?)new Open311Object()
            .Set("update_id", $"{u.EventId.ToString(CultureInfo.InvariantCulture)}-{u.TrackingNumber}")
            .Set("service_request_id", u.TrackingNumber)
            .Set("status", ExtendedStatuses.FromLifecycle(u.Status))
            .Set("updated_datetime", u.CreatedUtc)
            .Set("description", u.Note)
            .Set("media_url", u.MediaUrl)).ToList()));
    }

    private static async Task<IResult> PostAsync(
        string format, HttpContext http, Open311Gate gate, IRequestStatusUpdater updater, IPermissionService permissions, CancellationToken ct)
    {
        var (call, refusal) = await gate.EnterAsync(http, format, Permissions.SubmitOpen311, ct);
        if (call is null)
        {
            return refusal!;
        }

        var errors = new List<string>();
        var id = call.Param("service_request_id");
        if (id is null)
        {
            errors.Add("service_request_id was not provided.");
        }

        var extended = call.Param("status");
        if (extended is not null && !ExtendedStatuses.IsKnown(extended))
        {
            errors.Add($"status '{extended}' is not one of {string.Join(", ", ExtendedStatuses.All)}.");
        }

        var description = call.Param("description");
        if (description is { Length: > 4000 })
        {
            errors.Add($"description must be at most 4000 characters (it has {description.Length}).");
        }

        if (errors.Count > 0)
        {
            return call.Error(StatusCodes.Status400BadRequest, [.. errors]);
        }

        string? status = null;
        if (extended is not null && await permissions.HasAsync(call.Key!, UpdateRequestsPermission, ct))
        {
            status = ExtendedStatuses.ToLifecycle(extended);
            if (status is null)
            {
                return call.Error(StatusCodes.Status400BadRequest,
                    $"status {extended.ToUpperInvariant()} cannot be set through Open311: staff merge duplicates and transfer requests in the admin.");
            }
        }

        var outcome = await updater.UpdateAsync(id!, status, description, isPublic: true, call.KeyName, ct);
        if (outcome.NotFound)
        {
            return call.Error(StatusCodes.Status404NotFound, $"service_request_id '{id}' was not found.");
        }

        if (!outcome.Succeeded)
        {
            return call.Error(StatusCodes.Status400BadRequest, outcome.Error!);
        }

        return call.Ok("service_request_updates", new Open311List("request_update",
            [new Open311Object().Set("update_id", outcome.EventId!.Value.ToString(CultureInfo.InvariantCulture))]));
    }
}
