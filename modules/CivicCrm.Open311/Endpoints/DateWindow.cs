using System.Globalization;
using System.Text.RegularExpressions;

namespace CivicCrm.Open311.Endpoints;

/// <summary>
/// start_date/end_date as the spec reads them: w3 date-times with Z or an offset, at most 90 days apart; when absent,
/// the 90 days before the other one (or before now).
/// </summary>
public static partial class DateWindow
{
    public const int MaxDays = 90;

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex W3DateTime();

    public static (DateTime From, DateTime To, string? Error) Read(string? start, string? end, DateTime nowUtc)
    {
        DateTime? from = null, to = null;
        if (start is not null)
        {
            if (Parse(start) is not { } parsed)
            {
                return (default, default, $"start_date '{start}' is not a date-time with an offset, e.g. 2026-01-31T00:00:00Z.");
            }

            from = parsed;
        }

        if (end is not null)
        {
            if (Parse(end) is not { } parsed)
            {
                return (default, default, $"end_date '{end}' is not a date-time with an offset, e.g. 2026-03-31T23:59:59-06:00.");
            }

            to = parsed;
        }

        to ??= from is null ? nowUtc : from.Value.AddDays(MaxDays);
        from ??= to.Value.AddDays(-MaxDays);
        if (to < from)
        {
            return (default, default, "end_date is before start_date.");
        }

        return to.Value - from.Value > TimeSpan.FromDays(MaxDays)
            ? (default, default, $"start_date and end_date may span at most {MaxDays} days.")
            : (from.Value, to.Value, null);
    }

    public static DateTime? Parse(string value) =>
        W3DateTime().IsMatch(value) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.UtcDateTime
            : null;
}
