using CivicCrm.Security;
using CivicCrm.ServiceRequests.Inbound;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>
/// <c>POST /api/inbound-email</c>: a mail gateway posts a resident's email as raw MIME (<c>message/rfc822</c>); it is
/// filed as a report (201), ignored when automatic (202), or refused by field (400).
/// </summary>
public static class InboundEmailEndpoints
{
    public static void MapInboundEmailEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost("/api/inbound-email", ReceiveAsync)
            .WithTags("Service requests")
            .RequirePermission(Permissions.ReceiveInboundEmail);

    private static async Task<Results<Created<FiledRequestDto>, Accepted<InboundEmailIgnoredDto>, ValidationProblem>> ReceiveAsync(
        HttpRequest request, EmailIntake intake, IOptions<InboundEmailOptions> options, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var mediaType = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (mediaType is not ("message/rfc822" or "text/plain" or "application/octet-stream"))
        {
            return Invalid("content_type", "Send the email as raw MIME with Content-Type message/rfc822.");
        }

        if (request.ContentLength > options.Value.MaxMessageBytes)
        {
            return Invalid("message", $"The message is larger than {options.Value.MaxMessageBytes} bytes.");
        }

        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxMessageBytes;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length == 0)
        {
            return Invalid("message", "The body is empty: post the raw MIME message.");
        }

        buffer.Position = 0;
        MimeMessage message;
        try
        {
            message = await MimeMessage.LoadAsync(buffer, cancellationToken);
        }
        catch (FormatException)
        {
            return Invalid("message", "The body is not a MIME message.");
        }

        var result = await intake.FileAsync(message, request.HttpContext.User.Identity?.Name, cancellationToken);
        var refusal = InboundEmailOutcome.Log(result, loggers.CreateLogger(typeof(InboundEmailEndpoints)));
        if (result.IgnoredBecause is { } reason)
        {
            return TypedResults.Accepted((string?)null, new InboundEmailIgnoredDto(reason));
        }

        if (refusal is not null)
        {
            return TypedResults.ValidationProblem(result.Intake!.Errors);
        }

        var filed = result.Intake!;
        return TypedResults.Created($"/api/service-requests/{filed.TrackingNumber}",
            new FiledRequestDto(filed.TrackingNumber!, filed.ProblemId!.Value, filed.ExpectedUtc, filed.LinkedToExistingProblem));
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });
}
