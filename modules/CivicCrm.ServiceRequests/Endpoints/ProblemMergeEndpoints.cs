using CivicCrm.Security;
using CivicCrm.ServiceRequests.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>
/// <c>/api/service-requests/{tracking}/merge</c> <c>{ into }</c> merges the report's problem into another report's problem;
/// <c>/merges/{id}/undo</c> undoes a merge into the report's problem (the ids are in the request's <c>merges</c>);
/// <c>/split</c> moves the report out into a problem of its own.
/// </summary>
public static class ProblemMergeEndpoints
{
    public static void MapProblemMergeEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/service-requests/{trackingNumber}").WithTags("Service requests").RequirePermission(Permissions.MergeRequests);
        group.MapPost("/merge", (string trackingNumber, MergeInput input, ProblemMergeService merges, RequestQueries queries, DbContext db, HttpContext http, CancellationToken ct) =>
            WorkItemEndpoints.ActAsync(trackingNumber, queries, db, id => merges.MergeAsync(id, input.Into, http.User.Identity?.Name, ct), ct));
        group.MapPost("/merges/{mergeId:long}/undo", (string trackingNumber, long mergeId, MergeUndoService undo, RequestQueries queries, DbContext db, HttpContext http, CancellationToken ct) =>
            WorkItemEndpoints.ActAsync(trackingNumber, queries, db, id => undo.UndoAsync(id, mergeId, http.User.Identity?.Name, ct), ct));
        group.MapPost("/split", (string trackingNumber, ProblemMergeService merges, RequestQueries queries, DbContext db, HttpContext http, CancellationToken ct) =>
            WorkItemEndpoints.ActAsync(trackingNumber, queries, db, _ => merges.SplitAsync(trackingNumber, http.User.Identity?.Name, ct), ct));
    }
}
