using CivicCrm.Open311.Wire;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Open311.Endpoints;

/// <summary><c>GET /open311/discovery.{format}</c>: where the GeoReport v2 endpoint is and what it speaks.</summary>
public static class DiscoveryEndpoints
{
    public const string Specification = "http://wiki.open311.org/GeoReport_v2";

    public static void MapOpen311Discovery(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/open311/discovery.{format}", async (string format, HttpContext http, Open311Gate gate, CancellationToken ct) =>
        {
            var (call, refusal) = await gate.EnterAsync(http, format, null, ct);
            if (call is null)
            {
                return refusal!;
            }

            var changeset = call.Settings.Changeset.UtcDateTime;
            var endpoint = new Open311Object()
                .Set("specification", Specification)
                .Set("url", BaseUrl(http.Request))
                .Set("changeset", changeset)
                .Set("type", "production")
                .Set("formats", new Open311List("format", ["text/xml", "application/json"]));
            return call.Ok("discovery", new Open311Object()
                .Set("changeset", changeset)
                .Set("contact", call.Settings.Contact)
                .Set("key_service", call.Settings.Contact is { } contact
                    ? $"API keys are issued by the city on request: {contact}"
                    : "API keys are issued by the city on request: contact its 311 office.")
                .Set("endpoints", new Open311List("endpoint", [endpoint])));
        }).AllowAnonymous().ExcludeFromDescription();

    public static string BaseUrl(HttpRequest request) => $"{request.Scheme}://{request.Host}{request.PathBase}/open311/v2";
}
