using System.Net.Mail;
using System.Text.RegularExpressions;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>Checks a report before anything is stored; every problem is reported with the field it concerns.</summary>
public sealed partial class IntakeValidator(DbContext db, CivicCrm.Departments.IDepartmentDirectory departments)
{
    public const int MaxDescription = 4000;

    /// <summary>Anything that looks like an HTML tag; text fields and text answers are plain text.</summary>
    [GeneratedRegex(@"<\s*/?\s*[a-zA-Z][^>]*>")]
    internal static partial Regex HtmlTag();

    public async Task<(RequestType? Type, Dictionary<string, string> Answers, Dictionary<string, string[]> Errors)> ValidateAsync(
        IntakeRequest request, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var type = string.IsNullOrWhiteSpace(request.ServiceCode)
            ? null
            : await db.Set<RequestType>().AsNoTracking().FirstOrDefaultAsync(t => t.Code == request.ServiceCode.Trim() && t.Active, cancellationToken);
        if (type is null)
        {
            errors["service_code"] = [string.IsNullOrWhiteSpace(request.ServiceCode)
                ? "service_code is required."
                : $"There is no service with the code '{request.ServiceCode}'."];
        }

        CheckText(request.Description, "description", MaxDescription, errors);
        CheckText(request.Address, "address_string", 300, errors);
        CheckText(request.ContactName, "name", 200, errors);
        CheckText(request.ContactPhone, "phone", 40, errors);
        CheckMediaUrl(request.MediaUrl, errors);
        CheckLocation(request, errors);
        CheckContact(request, type, errors);
        if (type is not null && await departments.FindAsync(type.DepartmentCode, cancellationToken) is null)
        {
            // A type whose department was removed: refuse clearly instead of failing on its calendar.
            errors["service_code"] = [$"{type.Name} has no department to handle it right now; please call 311."];
        }

        if (request.AttachToProblemId is { } problemId && type is not null)
        {
            var problem = await db.Set<Problem>().AsNoTracking()
                .Where(p => p.Id == problemId && p.MergedIntoId == null && p.ClosedUtc == null)
                .Select(p => new { p.RequestTypeCode, p.RequestTypeGroup })
                .FirstOrDefaultAsync(cancellationToken);
            if (problem is null)
            {
                errors["problem_id"] = ["That problem is closed or does not exist; file a new report instead."];
            }
            else if (problem.RequestTypeCode != type.Code && !(type.DuplicateMatchGroup && type.Group.Length > 0 && problem.RequestTypeGroup == type.Group))
            {
                // Only a problem intake could have offered as a candidate: same type, or same group when the type matches by group.
                errors["problem_id"] = [$"That problem is not a {type.Name} problem; file a new report instead."];
            }
        }

        var answers = type is null ? [] : AnswerValidator.Validate(type, request.Answers, errors, requireAnswers: request.Channel != Channel.Email);
        return (type, answers, errors);
    }

    private static void CheckText(string? value, string field, int max, Dictionary<string, string[]> errors)
    {
        if (value is null)
        {
            return;
        }

        if (value.Length > max)
        {
            errors[field] = [$"{field} must be at most {max} characters (it has {value.Length})."];
        }
        else if (HtmlTag().IsMatch(value))
        {
            errors[field] = [$"{field} must be plain text, without HTML tags."];
        }
    }

    /// <summary>A link to a photo or video elsewhere: an absolute http(s) address, never a script.</summary>
    private static void CheckMediaUrl(string? value, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        if (value.Length > 1000)
        {
            errors["media_url"] = [$"media_url must be at most 1000 characters (it has {value.Length})."];
        }
        else if (!Uri.TryCreate(value.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            errors["media_url"] = ["media_url must be a web address starting with http:// or https://."];
        }
    }

    private static void CheckLocation(IntakeRequest request, Dictionary<string, string[]> errors)
    {
        if (request.Latitude.HasValue != request.Longitude.HasValue)
        {
            errors["lat"] = ["Send both lat and long, or neither."];
        }

        if (request.Latitude is < -90 or > 90 || request.Latitude is { } lat && double.IsNaN(lat))
        {
            errors["lat"] = ["lat must be between -90 and 90."];
        }

        if (request.Longitude is < -180 or > 180 || request.Longitude is { } lon && double.IsNaN(lon))
        {
            errors["long"] = ["long must be between -180 and 180."];
        }

        // An email often says nowhere where: it is filed without a location and staff triage it.
        if (request.Latitude is null && string.IsNullOrWhiteSpace(request.Address) && request.Channel != Channel.Email)
        {
            errors["address_string"] = ["Give an address or a point (lat and long)."];
        }
    }

    private static void CheckContact(IntakeRequest request, RequestType? type, Dictionary<string, string[]> errors)
    {
        if (request.ContactEmail is { Length: > 256 })
        {
            errors["email"] = ["email must be at most 256 characters."];
        }
        else if (!string.IsNullOrWhiteSpace(request.ContactEmail)
            && (!MailAddress.TryCreate(request.ContactEmail.Trim(), out var address) || !address.Host.Contains('.', StringComparison.Ordinal)))
        {
            errors["email"] = ["email must be an address such as name@example.org."];
        }

        if (type is { AllowAnonymous: false } && string.IsNullOrWhiteSpace(request.ContactEmail) && string.IsNullOrWhiteSpace(request.ContactPhone))
        {
            errors["email"] = [$"{type.Name} needs a way to reach you: an email or a phone number."];
        }
    }
}
