using System.Globalization;
using CivicCrm.Open311.Services;
using CivicCrm.Open311.Wire;
using CivicCrm.ServiceRequests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Open311.Endpoints;

/// <summary><c>POST requests.{format}</c> (intake, or a token for batch services) and <c>GET tokens/{token}.{format}</c>.</summary>
public static class RequestEndpoints
{
    public static void MapOpen311Requests(this IEndpointRouteBuilder group)
    {
        group.MapPost("/requests.{format}", FileAsync);
        group.MapGet("/tokens/{token}.{format}", async (string token, string format, HttpContext http, Open311Gate gate, BatchIntake batch, CancellationToken ct) =>
        {
            var (call, refusal) = await gate.EnterAsync(http, format, null, ct);
            if (call is null)
            {
                return refusal!;
            }

            if (await batch.FindAsync(token, ct) is not { } pending)
            {
                return call.Error(StatusCodes.Status404NotFound, $"token '{token}' was not found.");
            }

            var request = new Open311Object().Set("service_request_id", pending.TrackingNumber).Set("token", pending.Token);
            if (pending.Error is not null)
            {
                request.Set("service_notice", "This submission was not filed: " + pending.Error);
            }

            return call.Ok("service_requests", new Open311List("request", [request]));
        });
    }

    private static async Task<IResult> FileAsync(
        string format, HttpContext http, Open311Gate gate, IRequestTypeCatalog catalog, IServiceRequestIntake intake, BatchIntake batch, CancellationToken ct)
    {
        var (call, refusal) = await gate.EnterAsync(http, format, Permissions.SubmitOpen311, ct);
        if (call is null)
        {
            return refusal!;
        }

        if (call.Param("service_code") is not { } code)
        {
            return call.Error(StatusCodes.Status400BadRequest, "service_code was not provided.");
        }

        if (await catalog.FindAsync(code, ct) is null)
        {
            return call.Error(StatusCodes.Status404NotFound, $"service_code '{code}' was not found.");
        }

        var (submission, errors) = RequestFormReader.Read(call, code);
        if (errors.Count > 0)
        {
            return call.Errors(StatusCodes.Status400BadRequest, errors);
        }

        var request = new Open311Object();
        if (call.Settings.IsBatch(code))
        {
            var problems = await intake.ValidateAsync(submission, ct);
            if (problems.Count > 0)
            {
                return call.Errors(StatusCodes.Status400BadRequest, ToErrors(problems));
            }

            request.Set("token", await batch.EnqueueAsync(submission, ct))
                .Set("service_notice", "Your request was received and will be filed shortly; use the token to get its number.");
        }
        else
        {
            var outcome = await intake.FileAsync(submission, ct);
            if (!outcome.Succeeded)
            {
                return call.Errors(StatusCodes.Status400BadRequest, ToErrors(outcome.Errors));
            }

            request.Set("service_request_id", outcome.TrackingNumber).Set("service_notice", Notice(outcome, call));
        }

        return call.Ok("service_requests", new Open311List("request", [request.Set("account_id", call.Param("account_id"))]));
    }

    public static IEnumerable<Open311Error> ToErrors(IReadOnlyDictionary<string, string[]> errors) =>
        errors.SelectMany(e => e.Value.Select(message => new Open311Error(400, $"{e.Key}: {message}")));

    private static string Notice(IntakeOutcome outcome, Open311Call call)
    {
        var notice = outcome.LinkedToExistingProblem ? "This problem was already reported; your report was added to it. " : "";
        if (outcome.ExpectedUtc is { } expected)
        {
            var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(expected, DateTimeKind.Utc), call.Settings.TimeZone);
            notice += $"Expected to be handled by {local.ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.InvariantCulture)}.";
        }

        return notice.Trim();
    }
}
