using CivicCrm.Security;
using CivicCrm.ServiceRequests.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary><c>/api/service-requests/{tracking}/…</c>: add a department to the problem, transfer a work item, assign one.</summary>
public static class WorkItemEndpoints
{
    public static void MapWorkItemEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/service-requests/{trackingNumber}").WithTags("Service requests").RequirePermission(Permissions.UpdateRequests);
        group.MapPost("/departments", (string trackingNumber, AddDepartmentInput input, WorkItemRoutingService routing, RequestQueries queries, DbContext db, HttpContext http, CancellationToken ct) =>
            ActAsync(trackingNumber, queries, db, id => routing.AddDepartmentAsync(id, input.DepartmentCode, input.Note, http.User.Identity?.Name, ct), ct));
        group.MapPost("/transfer", (string trackingNumber, TransferInput input, WorkItemRoutingService routing, RequestQueries queries, DbContext db, HttpContext http, CancellationToken ct) =>
            ActAsync(trackingNumber, queries, db, id => routing.TransferAsync(id, input.FromDepartmentCode, input.DepartmentCode, input.Reason, http.User.Identity?.Name, ct), ct));
        group.MapPost("/assign", (string trackingNumber, AssignInput input, WorkItemRoutingService routing, RequestQueries queries, DbContext db, HttpContext http, CancellationToken ct) =>
            ActAsync(trackingNumber, queries, db, id => routing.AssignAsync(id, input.DepartmentCode, input.Assignee, http.User.Identity?.Name, ct), ct));
    }

    /// <summary>Runs a staff action on the problem of a report; answers with the report's detail, 404, or a 400 naming the field.</summary>
    internal static async Task<Results<Ok<RequestDetailDto>, NotFound, ValidationProblem>> ActAsync(
        string trackingNumber, RequestQueries queries, DbContext db, Func<long, Task<ActionError?>> action, CancellationToken cancellationToken)
    {
        if (await RequestLookup.ProblemIdAsync(db, trackingNumber, cancellationToken) is not { } problemId)
        {
            return TypedResults.NotFound();
        }

        if (await action(problemId) is { } error)
        {
            return TypedResults.ValidationProblem(error.ToErrors());
        }

        return TypedResults.Ok(RequestDetailDto.From((await queries.FindAsync(trackingNumber, publicOnly: false, cancellationToken))!));
    }
}
