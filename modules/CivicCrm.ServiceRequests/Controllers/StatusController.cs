using System.Net.Mail;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>Anyone with a tracking number sees the status, the promised date and the public notes, and can subscribe.</summary>
[AllowAnonymous]
[Route("requests")]
public sealed class StatusController(RequestQueries queries, DbContext db, TimeProvider clock) : Controller
{
    [HttpGet("status")]
    public IActionResult Lookup(string? number)
    {
        if (string.IsNullOrWhiteSpace(number))
        {
            return View();
        }

        return Redirect($"/requests/{Uri.EscapeDataString(TrackingNumbers.Normalize(number))}");
    }

    [HttpGet("{trackingNumber}")]
    public async Task<IActionResult> Show(string trackingNumber, CancellationToken cancellationToken)
    {
        var detail = await queries.FindAsync(trackingNumber, publicOnly: true, cancellationToken);
        if (detail is null)
        {
            Response.StatusCode = StatusCodes.Status404NotFound;
            ViewData["NotFound"] = trackingNumber;
            return View("Lookup");
        }

        return View(detail);
    }

    [HttpPost("{trackingNumber}/subscribe")]
    public async Task<IActionResult> Subscribe(string trackingNumber, string? email, CancellationToken cancellationToken)
    {
        var number = TrackingNumbers.Normalize(trackingNumber);
        var request = await db.Set<ServiceRequest>().AsNoTracking().FirstOrDefaultAsync(r => r.TrackingNumber == number, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        if (string.IsNullOrWhiteSpace(email) || !MailAddress.TryCreate(email.Trim(), out var address) || !address.Host.Contains('.', StringComparison.Ordinal))
        {
            TempData["Error"] = "Enter an email address such as name@example.org.";
            return Redirect($"/requests/{number}");
        }

        await Subscriptions.SubscribeAsync(db, request.ProblemId, request.Id, email, clock.GetUtcNow().UtcDateTime, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Notice"] = "Subscribed: we will email you when the status changes.";
        return Redirect($"/requests/{number}");
    }

    [HttpGet("unsubscribe/{token}")]
    public IActionResult Unsubscribe(string token) => View("Unsubscribe", token);

    [HttpPost("unsubscribe/{token}")]
    public async Task<IActionResult> ConfirmUnsubscribe(string token, CancellationToken cancellationToken)
    {
        var removed = await db.Set<Subscription>().Where(s => s.Token == token).ExecuteDeleteAsync(cancellationToken);
        TempData["Notice"] = removed > 0 ? "You will get no more emails about this request." : "This link was already used.";
        return Redirect("/requests/status");
    }
}
