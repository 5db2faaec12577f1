using MimeKit;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>Reads a resident's email (MimeKit): sender, subject, the text body (or the HTML one made plain), image attachments.</summary>
public static class InboundEmailParser
{
    public static InboundEmail Read(MimeMessage message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var sender = message.ReplyTo.Mailboxes.FirstOrDefault() ?? message.From.Mailboxes.FirstOrDefault();
        var body = message.TextBody is { Length: > 0 } text ? HtmlText.Tidy(text)
            : message.HtmlBody is { Length: > 0 } html ? HtmlText.ToPlainText(html)
            : "";
        var images = message.Attachments.OfType<MimePart>()
            .Where(part => part.ContentType.MediaType.Equals("image", StringComparison.OrdinalIgnoreCase))
            .Select(part => new InboundImage(part.FileName ?? "image", SizeOf(part)))
            .ToList();
        return new InboundEmail(sender?.Address, string.IsNullOrWhiteSpace(sender?.Name) ? null : HtmlText.Tidy(sender.Name),
            HtmlText.Tidy(message.Subject ?? ""), body, images, IsAutomatic(message, sender));
    }

    private static long SizeOf(MimePart part)
    {
        if (part.Content is null)
        {
            return 0;
        }

        using var measure = new MemoryStream();
        part.Content.DecodeTo(measure);
        return measure.Length;
    }

    /// <summary>RFC 3834 auto-replies, delivery reports and list traffic: answering them would start a mail loop.</summary>
    private static bool IsAutomatic(MimeMessage message, MailboxAddress? sender)
    {
        var autoSubmitted = message.Headers[HeaderId.AutoSubmitted];
        if (!string.IsNullOrWhiteSpace(autoSubmitted) && !autoSubmitted.Trim().Equals("no", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var precedence = message.Headers[HeaderId.Precedence]?.Trim().ToLowerInvariant();
        if (precedence is "bulk" or "junk" or "list" || message.Headers.Contains(HeaderId.ListId))
        {
            return true;
        }

        var local = sender?.LocalPart.ToLowerInvariant();
        return sender is null || local is "mailer-daemon" or "postmaster" || local!.StartsWith("no-reply", StringComparison.Ordinal)
            || local.StartsWith("noreply", StringComparison.Ordinal) || message.Body is MultipartReport;
    }
}
