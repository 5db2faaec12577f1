using CivicCrm.Departments;
using CivicCrm.Security;
using CivicCrm.ServiceRequests.Endpoints;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>A request for staff: every report of its problem, each department's work item, the full history, and the location's history.</summary>
[Route("admin/requests/{trackingNumber}")]
[RequirePermission("ViewRequests")]
public sealed class RequestAdminController(RequestQueries queries, LifecycleService lifecycle, IDepartmentDirectory departments, DbContext db) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string trackingNumber, CancellationToken cancellationToken) =>
        await ModelAsync(trackingNumber, null, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("status")]
    [RequirePermission("UpdateRequests")]
    public async Task<IActionResult> Change(string trackingNumber, string? status, string? note, bool isPublic, string? departmentCode, CancellationToken cancellationToken)
    {
        var detail = await queries.FindAsync(trackingNumber, publicOnly: false, cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        var parsed = string.IsNullOrEmpty(status) ? null : Api.ParseStatus(status);
        var error = !string.IsNullOrEmpty(status) && parsed is null
            ? "Choose a status from the list."
            : await lifecycle.ChangeAsync(detail.Problem.Id, new StatusChange(parsed, note, isPublic, departmentCode, User.Identity?.Name), cancellationToken);
        if (error is not null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Show", await ModelAsync(trackingNumber, error, cancellationToken));
        }

        TempData["Notice"] = isPublic ? "Saved. Subscribers were told." : "Saved.";
        return Redirect($"/admin/requests/{detail.Request.TrackingNumber}");
    }

    private async Task<RequestAdminViewModel?> ModelAsync(string trackingNumber, string? error, CancellationToken cancellationToken)
    {
        var detail = await queries.FindAsync(trackingNumber, publicOnly: false, cancellationToken);
        if (detail is null)
        {
            return null;
        }

        var reports = await db.Set<ServiceRequest>().AsNoTracking().Where(r => r.ProblemId == detail.Problem.Id).OrderBy(r => r.RequestedUtc).ToListAsync(cancellationToken);
        var address = detail.Problem.NormalizedAddress;
        var nearby = address is null ? [] : await db.Set<Problem>().AsNoTracking()
            .Where(p => p.NormalizedAddress == address && p.Id != detail.Problem.Id && p.MergedIntoId == null)
            .OrderByDescending(p => p.CreatedUtc).Take(20)
            .Select(p => new { Problem = p, Tracking = db.Set<ServiceRequest>().Where(r => r.ProblemId == p.Id).OrderBy(r => r.Id).Select(r => r.TrackingNumber).FirstOrDefault() })
            .ToListAsync(cancellationToken);
        return new RequestAdminViewModel
        {
            Detail = detail, ReportsOfProblem = reports, Error = error,
            Departments = await departments.ListAsync(cancellationToken),
            AtSameLocation = nearby.Select(n => (n.Problem, n.Tracking ?? "")).ToList(),
        };
    }
}
