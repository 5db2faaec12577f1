using System.Globalization;
using CivicCrm.Security;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>
/// The call-taker's screen: pick the type by typing, read the call script, ask its questions, see open reports of the
/// same problem before filing, then read the tracking number and promised date back to the caller.
/// </summary>
[Route("admin/intake")]
[RequirePermission("FileRequests")]
public sealed class IntakeController(
    DbContext db, IntakeService intake, DuplicateCandidateFinder duplicates, CallerLookup callers, CivicCrm.Departments.ISlaCalendar calendar,
    TimeProvider clock) : Controller
{
    /// <param name="caller">A phone number or email: the caller's earlier reports are listed and their contact prefilled.</param>
    [HttpGet("")]
    public async Task<IActionResult> Index(string? code, string? caller, CancellationToken cancellationToken)
    {
        ViewData["Types"] = await db.Set<RequestType>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var found = await callers.FindAsync(caller, cancellationToken);
        ViewData["Caller"] = found;
        var type = code is null ? null : await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == code && t.Active, cancellationToken);
        if (type is null)
        {
            return View((ReportForm?)null);
        }

        await PromiseAsync(type, cancellationToken);
        var known = found.Caller;
        var typed = found.Query.Contains('@', StringComparison.Ordinal) ? (Email: found.Query, Phone: (string?)null) : (Email: (string?)null, Phone: found.Query);
        return View(new ReportForm
        {
            Type = type,
            Name = known?.Name,
            Phone = known?.Phone ?? (found.Error is null ? typed.Phone : null),
            Email = known?.Email ?? (found.Error is null ? typed.Email : null),
        });
    }

    [HttpPost("")]
    public async Task<IActionResult> File(string code, IFormCollection form, CancellationToken cancellationToken)
    {
        ViewData["Types"] = await db.Set<RequestType>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Name).ToListAsync(cancellationToken);
        var type = await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == code && t.Active, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        await PromiseAsync(type, cancellationToken);
        var model = ReportFormReader.Read(form, type);
        var channel = IntakeChannels.Parse(form["channel"]);
        model.Channel = channel ?? Channel.Phone;
        var (request, errors) = ReportFormReader.ToIntake(model, form, model.Channel, User.Identity?.Name);
        if (channel is null)
        {
            errors["channel"] = ["Choose how the report came in: phone, walk-in, fax or email."];
        }

        var (lat, lon, attach) = (request.Latitude, request.Longitude, request.AttachToProblemId);
        if (errors.Count == 0 && attach is null && form["confirmed_new"] != "true")
        {
            model.Candidates = await duplicates.FindAsync(type, lat, lon, AddressNormalizer.Normalize(model.Address), clock.GetUtcNow().UtcDateTime, 5, cancellationToken);
        }

        var result = errors.Count > 0 ? IntakeResult.Failed(errors)
            : model.Candidates.Count > 0 ? IntakeResult.Failed(await intake.ValidateOnlyAsync(request, cancellationToken))
            : await intake.FileAsync(request, cancellationToken);
        if (model.Candidates.Count > 0 && result.Errors.Count == 0 || !result.Succeeded)
        {
            model.Errors = result.Errors;
            if (!result.Succeeded)
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
            }

            return View("Index", model);
        }

        TempData["Notice"] = string.Create(CultureInfo.InvariantCulture,
            $"Filed {result.TrackingNumber}{(result.LinkedToExistingProblem ? " under the existing problem" : "")}. Promised by {result.ExpectedUtc:dddd, MMMM d}. Read the number back to the caller.");
        TempData["Filed"] = result.TrackingNumber;
        return RedirectToAction(nameof(Index));
    }

    /// <summary>The date the caller will be promised if the report is filed now.</summary>
    private async Task PromiseAsync(RequestType type, CancellationToken cancellationToken) =>
        ViewData["Promised"] = await calendar.AddAsync(type.DepartmentCode, clock.GetUtcNow(), type.SlaTargetHours, type.SlaClock, cancellationToken);
}
