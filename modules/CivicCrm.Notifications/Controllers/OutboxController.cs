using CivicCrm.Notifications.Models;
using CivicCrm.Notifications.Services;
using CivicCrm.Notifications.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CivicCrm.Notifications.Controllers;

/// <summary>The outbox: queued, sent and failed messages (newest 100 of each), and retrying a failed one.</summary>
[Route("admin/notifications/outbox")]
[RequirePermission("ManageNotifications")]
public sealed class OutboxController(DbContext db, OutboxStore store, IOptions<NotificationsOptions> options, TimeProvider clock) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(OutboxStatus status = OutboxStatus.Queued, CancellationToken cancellationToken = default)
    {
        var messages = db.Set<OutboxMessage>().AsNoTracking();
        var counts = await messages.GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return View(new OutboxViewModel
        {
            Status = status,
            Counts = Enum.GetValues<OutboxStatus>().ToDictionary(s => s, s => counts.FirstOrDefault(c => c.Key == s)?.Count ?? 0),
            Messages = await messages.Where(m => m.Status == status).OrderByDescending(m => m.CreatedUtc).ThenByDescending(m => m.Id)
                .Take(100).ToListAsync(cancellationToken),
            SmtpConfigured = options.Value.Smtp.IsConfigured,
            MaxAttempts = options.Value.MaxAttempts,
        });
    }

    [HttpPost("{id}/retry")]
    public async Task<IActionResult> Retry(long id, CancellationToken cancellationToken)
    {
        if (!await store.RetryAsync(id, clock.GetUtcNow().UtcDateTime, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = $"Message {id} is queued again.";
        return RedirectToAction(nameof(Index), new { status = OutboxStatus.Failed });
    }
}
