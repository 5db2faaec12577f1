using CivicCrm.Security;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary><c>/api/service-requests</c>: file a report (linked automatically to a matching open problem), read it, change its status.</summary>
public static class ServiceRequestEndpoints
{
    public static void MapServiceRequestEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/service-requests").WithTags("Service requests");
        group.MapPost("/", FileAsync).RequirePermission(Permissions.FileRequests);
        group.MapGet("/{trackingNumber}", async (string trackingNumber, RequestQueries queries, CancellationToken ct) =>
            await queries.FindAsync(trackingNumber, publicOnly: false, ct) is { } detail
                ? Results.Ok(RequestDetailDto.From(detail))
                : Results.NotFound()).RequirePermission(Permissions.ViewRequests);
        group.MapPost("/{trackingNumber}/status", ChangeStatusAsync).RequirePermission(Permissions.UpdateRequests);
    }

    private static async Task<Results<Created<FiledRequestDto>, ValidationProblem>> FileAsync(
        ServiceRequestInput input, IntakeService intake, HttpContext http, CancellationToken cancellationToken)
    {
        var channel = Api.ParseChannel(input.Channel);
        if (channel is null or Channel.Import or Channel.Open311)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["channel"] = ["channel must be phone, web, email, api, walk_in or fax."] });
        }

        var result = await intake.FileAsync(new IntakeRequest
        {
            ServiceCode = input.ServiceCode, Description = input.Description, Answers = input.Attributes ?? [],
            Address = input.Address, Latitude = input.Latitude, Longitude = input.Longitude, Channel = channel.Value,
            ContactEmail = input.Email, ContactName = input.Name, ContactPhone = input.Phone, MediaUrl = input.MediaUrl,
            AttachToProblemId = input.ProblemId, LinkAutomatically = input.ProblemId is null && channel is Channel.Api or Channel.Email,
            CreatedBy = http.User.Identity?.Name,
        }, cancellationToken);
        if (!result.Succeeded)
        {
            return TypedResults.ValidationProblem(result.Errors);
        }

        return TypedResults.Created($"/api/service-requests/{result.TrackingNumber}",
            new FiledRequestDto(result.TrackingNumber!, result.ProblemId!.Value, result.ExpectedUtc, result.LinkedToExistingProblem));
    }

    private static async Task<Results<Ok<RequestDetailDto>, NotFound, ValidationProblem>> ChangeStatusAsync(
        string trackingNumber, StatusChangeInput input, LifecycleService lifecycle, RequestQueries queries, DbContext db,
        HttpContext http, CancellationToken cancellationToken)
    {
        var status = input.Status is null ? null : Api.ParseStatus(input.Status);
        if (input.Status is not null && status is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]>
            {
                ["status"] = ["status must be one of: submitted, acknowledged, in_progress, on_hold, resolved, closed, duplicate, transferred, cancelled."],
            });
        }

        if (await RequestLookup.ProblemIdAsync(db, trackingNumber, cancellationToken) is not { } problemId)
        {
            return TypedResults.NotFound();
        }

        var error = await lifecycle.ChangeAsync(problemId,
            new StatusChange(status, input.Note, input.Public, input.DepartmentCode, http.User.Identity?.Name), cancellationToken);
        if (error is not null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["status"] = [error] });
        }

        return TypedResults.Ok(RequestDetailDto.From((await queries.FindAsync(trackingNumber, publicOnly: false, cancellationToken))!));
    }
}
