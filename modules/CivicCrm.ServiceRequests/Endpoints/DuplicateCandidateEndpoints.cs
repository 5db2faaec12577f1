using System.Globalization;
using CivicCrm.Security;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>
/// <c>GET /api/service-requests/duplicate-candidates?service_code=&amp;lat=&amp;long=&amp;address_string=&amp;as_of=</c>:
/// open problems a new report may describe, most likely original first. <c>as_of</c> replays history.
/// </summary>
public static class DuplicateCandidateEndpoints
{
    public static void MapDuplicateCandidateEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/service-requests/duplicate-candidates", FindAsync)
            .WithTags("Service requests")
            .RequirePermission(Permissions.ViewRequests);

    private static async Task<Results<Ok<List<DuplicateCandidateDto>>, ValidationProblem>> FindAsync(
        HttpRequest request, DbContext db, DuplicateCandidateFinder finder, TimeProvider clock, CancellationToken cancellationToken)
    {
        var query = request.Query;
        var errors = new Dictionary<string, string[]>();
        var code = query["service_code"].ToString();
        var type = code.Length == 0 ? null : await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, cancellationToken);
        if (type is null)
        {
            errors["service_code"] = [code.Length == 0 ? "service_code is required." : $"There is no service with the code '{code}'."];
        }

        var lat = Number(query["lat"], "lat", -90, 90, errors);
        var lon = Number(query["long"], "long", -180, 180, errors);
        if (lat.HasValue != lon.HasValue)
        {
            errors["lat"] = ["Send both lat and long, or neither."];
        }

        var address = query["address_string"].ToString();
        if (lat is null && address.Length == 0)
        {
            errors["address_string"] = ["Give an address_string or lat and long."];
        }

        var asOf = clock.GetUtcNow().UtcDateTime;
        if (query["as_of"].ToString() is { Length: > 0 } text)
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                asOf = parsed.UtcDateTime;
            }
            else
            {
                errors["as_of"] = ["as_of must be an ISO 8601 date and time, e.g. 2024-03-01T12:00:00Z."];
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        var candidates = await finder.FindAsync(type!, lat, lon, AddressNormalizer.Normalize(address), asOf, 10, cancellationToken);
        return TypedResults.Ok(candidates.Select(DuplicateCandidateDto.From).ToList());
    }

    private static double? Number(string? text, string name, double min, double max, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value < min || value > max || double.IsNaN(value))
        {
            errors[name] = [$"{name} must be a number between {min} and {max}."];
            return null;
        }

        return value;
    }
}
