using CivicCrm.Notifications.Models;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CivicCrm.Notifications.Services;

/// <summary>Delivers outbox messages to the configured SMTP server with MailKit, one connection per batch.</summary>
public sealed class SmtpEmailTransport(IOptions<NotificationsOptions> options)
{
    public bool IsConfigured => options.Value.Smtp.IsConfigured;

    public async Task<SmtpClient> ConnectAsync(CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        var client = new SmtpClient { Timeout = 60_000 };
        try
        {
            var security = !smtp.UseTls ? SecureSocketOptions.None : smtp.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
            await client.ConnectAsync(smtp.Host!, smtp.Port, security, cancellationToken);
            if (!string.IsNullOrEmpty(smtp.UserName))
            {
                await client.AuthenticateAsync(smtp.UserName, smtp.Password ?? "", cancellationToken);
            }

            return client;
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    public async Task SendAsync(SmtpClient client, OutboxMessage message, CancellationToken cancellationToken)
    {
        var smtp = options.Value.Smtp;
        using var mime = new MimeMessage();
        mime.From.Add(new MailboxAddress(smtp.From.Name, smtp.From.Address!));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        // Lets a receiving system drop the second copy if a message is delivered twice (at-least-once).
        mime.MessageId = $"outbox-{message.Id}-{message.CreatedUtc.Ticks}@{MailboxAddress.Parse(smtp.From.Address!).Domain}";
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        await client.SendAsync(mime, cancellationToken);
    }
}
