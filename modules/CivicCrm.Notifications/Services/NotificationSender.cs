using System.Net.Mail;
using CivicCrm.Notifications.Models;
using CivicCrm.Notifications.Templates;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Notifications.Services;

/// <summary>
/// Writes messages to the outbox through the request's <see cref="DbContext"/>: inside the caller's unit of work the
/// row commits or rolls back with the caller's change; the worker sends it afterwards.
/// </summary>
public sealed class NotificationSender(DbContext db, LiquidTemplateRenderer renderer, TimeProvider clock) : INotificationSender
{
    public async Task QueueAsync(EmailMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!MailAddress.TryCreate(message.To, out _))
        {
            throw new ArgumentException("The recipient is not an email address.", nameof(message));
        }

        if (string.IsNullOrWhiteSpace(message.Subject) || message.Subject.Length > 1000)
        {
            throw new ArgumentException("The subject must be 1 to 1000 characters.", nameof(message));
        }

        var now = clock.GetUtcNow().UtcDateTime;
        db.Set<OutboxMessage>().Add(new OutboxMessage
        {
            To = message.To,
            Subject = message.Subject,
            TextBody = message.TextBody,
            HtmlBody = message.HtmlBody,
            CreatedUtc = now,
            NextAttemptUtc = now,
            Status = OutboxStatus.Queued,
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task QueueTemplateAsync(
        string templateName, string to, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken = default)
    {
        var template = await db.Set<NotificationTemplate>().AsNoTracking().FirstOrDefaultAsync(t => t.Name == templateName, cancellationToken)
            ?? throw new TemplateException($"There is no email template named '{templateName}'.");
        var email = await renderer.RenderAsync(template.Subject, template.TextBody, template.HtmlBody, model, cancellationToken);
        await QueueAsync(new EmailMessage(to, email.Subject, email.TextBody, email.HtmlBody), cancellationToken);
    }
}
