using System.Globalization;
using System.Text.RegularExpressions;
using CivicCrm.Open311.Wire;
using CivicCrm.ServiceRequests;

namespace CivicCrm.Open311.Endpoints;

/// <summary>
/// Reads a POST requests form into an intake submission: <c>attribute[CODE]=v</c> and <c>attribute[CODE][]=v</c>, one
/// location (lat+long, address_string, or address_id kept as the address text), the contact fields and media_url.
/// Errors are the ones that cannot reach intake (numbers that are not numbers, a media_url that is not a web address).
/// </summary>
public static partial class RequestFormReader
{
    [GeneratedRegex(@"^attribute\[([^\]]+)\](\[\])?$")]
    private static partial Regex AttributeKey();

    public static (IntakeSubmission Submission, List<Open311Error> Errors) Read(Open311Call call, string serviceCode)
    {
        var errors = new List<Open311Error>();
        var answers = new Dictionary<string, string[]>(StringComparer.Ordinal);
        foreach (var (key, values) in call.Form!)
        {
            var match = AttributeKey().Match(key);
            if (match.Success)
            {
                var code = match.Groups[1].Value;
                answers[code] = [.. answers.GetValueOrDefault(code) ?? [], .. values.Where(v => v is not null).Select(v => v!)];
            }
        }

        var latitude = Coordinate(call.Param("lat"), "lat", 90, errors);
        var longitude = Coordinate(call.Param("long"), "long", 180, errors);
        var media = call.Param("media_url");
        if (media is not null && (media.Length > 1000 || !Uri.TryCreate(media, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")))
        {
            errors.Add(new Open311Error(400, "media_url must be an http or https address of at most 1000 characters."));
        }

        var name = string.Join(' ', new[] { call.Param("first_name"), call.Param("last_name") }.Where(n => n is not null));
        return (new IntakeSubmission
        {
            ServiceCode = serviceCode,
            Description = call.Param("description"),
            Answers = answers,
            Address = call.Param("address_string") ?? (call.Param("address_id") is { } id ? AddressFields.AddressText(id) : null),
            Latitude = latitude,
            Longitude = longitude,
            ContactName = name.Length == 0 ? null : name,
            ContactEmail = call.Param("email"),
            ContactPhone = call.Param("phone"),
            MediaUrl = media,
            CreatedBy = call.KeyName,
        }, errors);
    }

    private static double? Coordinate(string? value, string field, double limit, List<Open311Error> errors)
    {
        if (value is null)
        {
            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || double.IsNaN(number) || Math.Abs(number) > limit)
        {
            errors.Add(new Open311Error(400, $"{field} '{value}' must be a number between -{limit} and {limit} (WGS84 degrees)."));
            return null;
        }

        return number;
    }
}
