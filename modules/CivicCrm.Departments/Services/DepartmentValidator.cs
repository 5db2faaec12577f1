using System.Globalization;
using System.Net.Mail;
using System.Text.RegularExpressions;
using CivicCrm.Departments.Calendar;
using CivicCrm.Departments.Models;

namespace CivicCrm.Departments.Services;

/// <summary>
/// Checks a department's input and returns it normalized (code upper case, hours in one format, closures sorted).
/// Errors are keyed by field: <c>code</c>, <c>email</c>, <c>timeZoneId</c>, <c>hours.monday</c>, <c>closures</c>, ...
/// </summary>
public static partial class DepartmentValidator
{
    [GeneratedRegex("^[A-Z0-9][A-Z0-9_-]{1,31}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex(@"^\+?[0-9 ().-]{3,30}( ?(x|ext\.?) ?[0-9]{1,6})?$")]
    private static partial Regex PhonePattern();

    [GeneratedRegex("^[A-Za-z0-9._@-]{2,64}$")]
    private static partial Regex UserNamePattern();

    public static Department? Validate(DepartmentInput input, IDictionary<string, string> errors)
    {
        var code = (input.Code ?? "").Trim().ToUpperInvariant();
        if (!CodePattern().IsMatch(code))
        {
            errors["code"] = "Enter a code of 2 to 32 letters, digits, dashes or underscores, e.g. STREETS.";
        }

        var name = (input.Name ?? "").Trim();
        if (name.Length is 0 or > 200)
        {
            errors["name"] = "Enter a name of 1 to 200 characters.";
        }

        var email = (input.Email ?? "").Trim();
        if (!IsEmail(email))
        {
            errors["email"] = "Enter an email address such as streets@city.example.gov.";
        }

        var phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim();
        if (phone is not null && !PhonePattern().IsMatch(phone))
        {
            errors["phone"] = "Enter a phone number of digits, spaces and + ( ) . -, optionally with an extension.";
        }

        var supervisors = Clean(input.SupervisorEmails);
        if (supervisors.FirstOrDefault(s => !IsEmail(s)) is { } badEmail)
        {
            errors["supervisorEmails"] = $"'{badEmail}' is not an email address.";
        }

        var staff = Clean(input.StaffUserNames);
        if (staff.FirstOrDefault(s => !UserNamePattern().IsMatch(s)) is { } badName)
        {
            errors["staffUserNames"] = $"'{badName}' is not a user name (2 to 64 letters, digits, dots, dashes, underscores or @).";
        }

        var timeZoneId = (input.TimeZoneId ?? "").Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out _))
        {
            errors["timeZoneId"] = $"'{timeZoneId}' is not a known time zone; use an IANA id such as America/Chicago.";
        }

        var hours = new List<string>();
        foreach (var day in WeeklyHours.Days)
        {
            if (WeeklyHours.TryParseDay(input.Hours.GetValueOrDefault(day), out var ranges, out var error))
            {
                hours.Add(string.Join(", ", ranges));
            }
            else
            {
                errors[$"hours.{day.ToString().ToLowerInvariant()}"] = error!;
            }
        }

        if (hours.Count == 7 && hours.All(h => h.Length == 0))
        {
            errors["hours"] = "Give working hours for at least one day; business-hour SLAs would never end.";
        }

        var holidaySet = string.IsNullOrWhiteSpace(input.HolidaySet) ? HolidaySets.UsFederal : input.HolidaySet.Trim();
        if (!HolidaySets.IsKnown(holidaySet))
        {
            errors["holidaySet"] = $"Choose one of: {string.Join(", ", HolidaySets.All)}.";
        }

        var closures = new SortedSet<DateOnly>();
        foreach (var text in Clean(input.Closures))
        {
            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                closures.Add(date);
            }
            else
            {
                errors["closures"] = $"'{text}' is not a date; write closure days as YYYY-MM-DD.";
            }
        }

        return errors.Count > 0 ? null : new Department
        {
            Code = code, Name = name, Email = email, Phone = phone, SupervisorEmails = supervisors, StaffUserNames = staff,
            TimeZoneId = timeZoneId, WeeklyHours = hours, HolidaySet = holidaySet, Closures = [.. closures],
        };
    }

    private static List<string> Clean(IEnumerable<string> values) =>
        values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static bool IsEmail(string value) =>
        value.Length <= 256 && MailAddress.TryCreate(value, out var address) && address.Address == value && address.Host.Contains('.', StringComparison.Ordinal);
}
