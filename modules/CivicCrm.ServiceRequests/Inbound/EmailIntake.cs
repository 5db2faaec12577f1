using System.Globalization;
using System.Text;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>
/// Files a resident's email as a report: the subject and text become the description, the sender the contact, the
/// type comes from the words (else the triage type), the place from an address or coordinates in the text (else
/// none: triage). Linked automatically to a matching open problem, channel email; the receipt (tracking number and
/// promised date) goes back to the sender through the normal filing emails.
/// </summary>
public sealed class EmailIntake(DbContext db, IntakeService intake, IOptions<InboundEmailOptions> options)
{
    public async Task<EmailIntakeResult> FileAsync(MimeMessage message, string? receivedBy, CancellationToken cancellationToken = default)
    {
        var email = InboundEmailParser.Read(message);
        if (email.IsAutomatic)
        {
            return EmailIntakeResult.Ignored("An automatic message (auto-reply, bounce or list mail) is not a report.");
        }

        if (string.IsNullOrWhiteSpace(email.SenderAddress))
        {
            return EmailIntakeResult.Ignored("The message has no sender address to answer.");
        }

        var types = await db.Set<RequestType>().AsNoTracking().Where(t => t.Active).ToListAsync(cancellationToken);
        var fallback = types.Find(t => t.Code == options.Value.FallbackServiceCode);
        var type = RequestTypeMatcher.Match(types.Where(t => t != fallback && !t.NeedsReview), email.Subject, email.Body) ?? fallback;
        var location = LocationFinder.Find(email.Subject + "\n" + email.Body);
        var result = await intake.FileAsync(new IntakeRequest
        {
            ServiceCode = type?.Code ?? options.Value.FallbackServiceCode,
            Description = Describe(email),
            Address = location.Address,
            Latitude = location.Latitude,
            Longitude = location.Longitude,
            Channel = Channel.Email,
            ContactEmail = email.SenderAddress,
            ContactName = email.SenderName is { Length: <= 200 } name ? name : null,
            LinkAutomatically = true,
            CreatedBy = receivedBy,
        }, cancellationToken);
        return new EmailIntakeResult(result, type?.Code, location, null);
    }

    private static string Describe(InboundEmail email)
    {
        var text = new StringBuilder();
        if (email.Subject.Length > 0)
        {
            text.Append(email.Subject).Append("\n\n");
        }

        text.Append(email.Body);
        var note = email.Images.Count == 0 ? "" : "\n\nPhotos attached to the email: "
            + string.Join(", ", email.Images.Select(i => $"{i.FileName} ({Math.Max(1, i.Bytes / 1024).ToString(CultureInfo.InvariantCulture)} KB)")) + ".";
        var max = IntakeValidator.MaxDescription - note.Length;
        var description = text.ToString().Trim();
        if (description.Length > max)
        {
            description = description[..(max - 1)].TrimEnd() + "…";
        }

        return description + note;
    }
}

/// <summary>What became of an inbound email: filed (or refused with errors by field), or ignored with a reason.</summary>
public sealed record EmailIntakeResult(IntakeResult? Intake, string? ServiceCode, FoundLocation? Location, string? IgnoredBecause)
{
    public static EmailIntakeResult Ignored(string reason) => new(null, null, null, reason);
}
