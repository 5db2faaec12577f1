using CivicCrm.ServiceRequests.Models;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary><c>GET /api/request-types</c>: the public catalog of what can be reported.</summary>
public static class RequestTypeEndpoints
{
    public static void MapRequestTypeEndpoints(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapGet("/api/request-types", async (DbContext db, CancellationToken ct) =>
            TypedResults.Ok((await db.Set<RequestType>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Group).ThenBy(t => t.Name).ToListAsync(ct))
                .Select(RequestTypeDto.From)))
            .WithTags("Service requests")
            .AllowAnonymous();
}
