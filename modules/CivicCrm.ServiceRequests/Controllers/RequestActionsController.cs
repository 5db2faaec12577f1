using CivicCrm.Security;
using CivicCrm.ServiceRequests.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>The staff request page's actions on the problem: add a department, transfer, assign, merge, undo a merge, split a report out.</summary>
[Route("admin/requests/{trackingNumber}")]
[RequirePermission("ViewRequests")]
public sealed class RequestActionsController(WorkItemRoutingService routing, ProblemMergeService merges, MergeUndoService undo, DbContext db) : Controller
{
    [HttpPost("departments")]
    [RequirePermission("UpdateRequests")]
    public Task<IActionResult> AddDepartment(string trackingNumber, string? departmentCode, string? note, CancellationToken cancellationToken) =>
        ActAsync(trackingNumber, id => routing.AddDepartmentAsync(id, departmentCode, note, User.Identity?.Name, cancellationToken),
            $"Department {departmentCode} added: it has its own work item and due date.", cancellationToken);

    [HttpPost("transfer")]
    [RequirePermission("UpdateRequests")]
    public Task<IActionResult> Transfer(string trackingNumber, string? fromDepartmentCode, string? departmentCode, string? reason, CancellationToken cancellationToken) =>
        ActAsync(trackingNumber, id => routing.TransferAsync(id, fromDepartmentCode, departmentCode, reason, User.Identity?.Name, cancellationToken),
            $"Transferred to {departmentCode}.", cancellationToken);

    [HttpPost("assign")]
    [RequirePermission("UpdateRequests")]
    public Task<IActionResult> Assign(string trackingNumber, string? departmentCode, string? assignee, CancellationToken cancellationToken) =>
        ActAsync(trackingNumber, id => routing.AssignAsync(id, departmentCode, assignee, User.Identity?.Name, cancellationToken),
            $"Assigned to {assignee?.Trim()}.", cancellationToken);

    [HttpPost("merge")]
    [RequirePermission("MergeRequests")]
    public Task<IActionResult> Merge(string trackingNumber, string? into, CancellationToken cancellationToken) =>
        ActAsync(trackingNumber, id => merges.MergeAsync(id, into, User.Identity?.Name, cancellationToken),
            $"Merged into the problem of {TrackingNumbers.Normalize(into ?? "")}: every report and subscriber of this problem moved there.", cancellationToken);

    [HttpPost("merges/{mergeId:long}/undo")]
    [RequirePermission("MergeRequests")]
    public Task<IActionResult> UndoMerge(string trackingNumber, long mergeId, CancellationToken cancellationToken) =>
        ActAsync(trackingNumber, id => undo.UndoAsync(id, mergeId, User.Identity?.Name, cancellationToken),
            "Merge undone: the merged problem is back with its reports, work and subscribers.", cancellationToken);

    [HttpPost("split")]
    [RequirePermission("MergeRequests")]
    public Task<IActionResult> Split(string trackingNumber, CancellationToken cancellationToken) =>
        ActAsync(trackingNumber, _ => merges.SplitAsync(trackingNumber, User.Identity?.Name, cancellationToken),
            "Split out: this report is now a problem of its own with a new work item.", cancellationToken);

    /// <summary>Post, redirect, get: the outcome shows as a notice or an error on the request page.</summary>
    private async Task<IActionResult> ActAsync(string trackingNumber, Func<long, Task<ActionError?>> action, string success, CancellationToken cancellationToken)
    {
        if (await RequestLookup.ProblemIdAsync(db, trackingNumber, cancellationToken) is not { } problemId)
        {
            return NotFound();
        }

        var error = await action(problemId);
        TempData[error is null ? "Notice" : "Error"] = error?.Message ?? success;
        return Redirect($"/admin/requests/{TrackingNumbers.Normalize(trackingNumber)}");
    }
}
