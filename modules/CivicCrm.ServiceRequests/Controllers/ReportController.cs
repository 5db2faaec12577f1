using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>Residents report a problem: pick a type, answer its questions, see possible duplicates, get a tracking number.</summary>
[AllowAnonymous]
[Route("requests/new")]
public sealed class ReportController(DbContext db, IntakeService intake, DuplicateCandidateFinder duplicates, TimeProvider clock) : Controller
{
    /// <summary>The list of types; <c>?type=CODE</c> (e.g. from a knowledge base article) opens that type's form directly.</summary>
    [HttpGet("")]
    public async Task<IActionResult> Types(string? type, CancellationToken cancellationToken) =>
        type is not null && await FindTypeAsync(type.Trim().ToUpperInvariant(), cancellationToken) is { } chosen
            ? Redirect("/requests/new/" + Uri.EscapeDataString(chosen.Code))
            : View(await db.Set<RequestType>().AsNoTracking().Where(t => t.Active).OrderBy(t => t.Group).ThenBy(t => t.Name).ToListAsync(cancellationToken));

    [HttpGet("{code}")]
    public async Task<IActionResult> Form(string code, CancellationToken cancellationToken) =>
        await FindTypeAsync(code, cancellationToken) is { } type ? View(new ReportForm { Type = type }) : NotFound();

    [HttpPost("{code}")]
    public async Task<IActionResult> Submit(string code, IFormCollection form, CancellationToken cancellationToken)
    {
        var type = await FindTypeAsync(code, cancellationToken);
        if (type is null)
        {
            return NotFound();
        }

        var model = ReportFormReader.Read(form, type);
        var (request, errors) = ReportFormReader.ToIntake(model, form, Channel.Web, null);
        var (lat, lon, attach) = (request.Latitude, request.Longitude, request.AttachToProblemId);
        if (errors.Count == 0 && attach is null && form["confirmed_new"] != "true")
        {
            // Before filing, show open reports of the same problem nearby: "is one of these yours?"
            model.Candidates = await duplicates.FindAsync(type, lat, lon, AddressNormalizer.Normalize(model.Address), clock.GetUtcNow().UtcDateTime, 5, cancellationToken);
            if (model.Candidates.Count > 0 && (await intake.ValidateOnlyAsync(request, cancellationToken)).Count == 0)
            {
                return View("Candidates", model);
            }
        }

        var result = errors.Count > 0 ? IntakeResult.Failed(errors) : await intake.FileAsync(request, cancellationToken);
        if (!result.Succeeded)
        {
            model.Errors = result.Errors;
            model.Candidates = [];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View("Form", model);
        }

        TempData["Filed"] = result.LinkedToExistingProblem ? "linked" : "new";
        return Redirect($"/requests/{result.TrackingNumber}?filed=1");
    }

    private Task<RequestType?> FindTypeAsync(string code, CancellationToken cancellationToken) =>
        db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == code && t.Active, cancellationToken);
}
