using System.Globalization;
using System.Text.RegularExpressions;

namespace CivicCrm.ServiceRequests.Inbound;

/// <summary>
/// Finds where an emailed report is: a "lat, long" pair (decimal degrees) and a street address after "at", "near",
/// "outside" or "in front of" ("the pothole at 1400 Elm Street"). Finding neither is normal: the report goes to triage
/// without a location.
/// </summary>
public static partial class LocationFinder
{
    private const string Suffixes =
        "Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Parkway|Pkwy|Terrace|Ter|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Trl";

    [GeneratedRegex(@"(?<![\d.])(-?\d{1,2}\.\d{3,})\s*[,;]\s*(-?\d{1,3}\.\d{3,})(?![\d.])")]
    private static partial Regex Coordinates();

    [GeneratedRegex(@"\b(?:at|near|outside|outside of|in front of|across from|behind)\s+(\d{1,6}[A-Za-z]?(?:\s+[NSEW]\.?)?(?:\s+[A-Za-z0-9'.-]+){1,5}?\s+(?:" + Suffixes + @"))\b\.?",
        RegexOptions.IgnoreCase)]
    private static partial Regex StreetAddress();

    public static FoundLocation Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        double? latitude = null, longitude = null;
        foreach (Match match in Coordinates().Matches(text))
        {
            var lat = double.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            var lon = double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
            if (lat is >= -90 and <= 90 && lon is >= -180 and <= 180)
            {
                (latitude, longitude) = (lat, lon);
                break;
            }
        }

        var address = StreetAddress().Match(text) is { Success: true } found ? found.Groups[1].Value.Trim() : null;
        return new FoundLocation(address, latitude, longitude);
    }
}

/// <summary>An address and/or a point found in free text; all null when none was found.</summary>
public sealed record FoundLocation(string? Address, double? Latitude, double? Longitude);
