using System.Globalization;
using CivicCrm.ServiceRequests.Endpoints;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.ServiceRequests.Import;

/// <summary>
/// Checks one import row on its own (no database): required fields, ISO 8601 times, coordinates, lengths and status.
/// Every problem is reported with its field, so a file can be fixed in one pass.
/// </summary>
public static class ImportRowParser
{
    private static readonly string[] TimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd",
    ];

    /// <summary>The parsed row, or null with the errors added to <paramref name="errors"/>.</summary>
    public static ParsedImportRow? Parse(ImportRow row, DateTime nowUtc, List<ImportRowError> errors)
    {
        var sourceId = Clean(row.SourceId);
        var count = errors.Count;
        void Fail(string field, string message) => errors.Add(new ImportRowError(row.Line, sourceId, field, message));

        if (row.ReadError is not null)
        {
            errors.Add(new ImportRowError(row.Line, sourceId, null, row.ReadError));
            return null;
        }

        Require(sourceId, "source_id", 100, Fail);
        var code = Clean(row.ServiceCode);
        Require(code, "service_code", 64, Fail);
        var name = Clean(row.ServiceName);
        CheckLength(name, "service_name", 200, Fail);
        CheckLength(Clean(row.Address), "address_string", 300, Fail);
        CheckLength(Clean(row.Description), "description", IntakeValidator.MaxDescription, Fail);

        var requested = ParseTime(row.RequestedDatetime, "requested_datetime", nowUtc, Fail, required: true);
        var closed = ParseTime(row.ClosedDatetime, "closed_datetime", nowUtc, Fail, required: false);
        if (requested is { } from && closed is { } to && to < from)
        {
            Fail("closed_datetime", "closed_datetime is before requested_datetime.");
        }

        var status = ParseStatus(Clean(row.Status), closed, Fail);
        var latitude = ParseCoordinate(row.Latitude, "lat", 90, Fail);
        var longitude = ParseCoordinate(row.Longitude, "long", 180, Fail);
        if (latitude.HasValue != longitude.HasValue && errors.Count == count)
        {
            Fail(latitude.HasValue ? "long" : "lat", "Send both lat and long, or neither.");
        }

        if (errors.Count > count)
        {
            return null;
        }

        // A closed row without its closing time is taken as closed at once, so it never becomes a duplicate candidate.
        var closedUtc = status!.Value.IsOpen() ? null : closed ?? requested;
        return new ParsedImportRow(row.Line, sourceId!, code!.ToUpperInvariant(), name, Clean(row.DepartmentCode), status.Value,
            requested!.Value, closedUtc, latitude, longitude, Clean(row.Address), Clean(row.Description));
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static void Require(string? value, string field, int max, Action<string, string> fail)
    {
        if (value is null)
        {
            fail(field, $"{field} is required.");
        }

        CheckLength(value, field, max, fail);
    }

    private static void CheckLength(string? value, string field, int max, Action<string, string> fail)
    {
        if (value is { Length: var length } && length > max)
        {
            fail(field, $"{field} must be at most {max} characters (it has {length}).");
        }
    }

    private static DateTime? ParseTime(string? text, string field, DateTime nowUtc, Action<string, string> fail, bool required)
    {
        var value = Clean(text);
        if (value is null)
        {
            if (required)
            {
                fail(field, $"{field} is required.");
            }

            return null;
        }

        if (!DateTimeOffset.TryParseExact(value, TimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time))
        {
            fail(field, $"{field} must be an ISO 8601 date and time such as 2020-01-31T14:05:00Z (it is '{value}').");
            return null;
        }

        if (time.UtcDateTime > nowUtc.AddMinutes(5))
        {
            fail(field, $"{field} is in the future.");
            return null;
        }

        return time.UtcDateTime;
    }

    private static RequestStatus? ParseStatus(string? value, DateTime? closed, Action<string, string> fail)
    {
        var status = value?.ToLowerInvariant() switch
        {
            null => closed is null ? RequestStatus.Submitted : RequestStatus.Closed,
            "open" => RequestStatus.Submitted,
            "closed" => RequestStatus.Closed,
            _ => Api.ParseStatus(value),
        };
        if (status is null)
        {
            fail("status", "status must be open, closed or one of: submitted, acknowledged, in_progress, on_hold, resolved, duplicate, transferred, cancelled.");
        }
        else if (status.Value.IsOpen() && closed is not null)
        {
            fail("status", $"status is '{value}' (open) but closed_datetime is set.");
        }

        return status;
    }

    private static double? ParseCoordinate(string? text, string field, double limit, Action<string, string> fail)
    {
        var value = Clean(text);
        if (value is null)
        {
            return null;
        }

        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || double.IsNaN(number) || Math.Abs(number) > limit)
        {
            fail(field, $"{field} must be a number between -{limit} and {limit} (it is '{value}').");
            return null;
        }

        return number;
    }
}
