using System.Globalization;
using CivicCrm.Settings;

namespace CivicCrm.Contents.Services;

/// <summary>The city's time zone from the site settings (<c>TimeZone</c>), for showing and entering local times.</summary>
public sealed class SiteTimeZone(ISiteSettings settings)
{
    private TimeZoneInfo? _zone;

    public async Task<TimeZoneInfo> GetAsync(CancellationToken cancellationToken = default)
    {
        if (_zone is not null)
        {
            return _zone;
        }

        var id = (await settings.GetAsync(cancellationToken))["TimeZone"]?.GetValue<string>();
        _zone = TimeZoneInfo.Utc;
        if (!string.IsNullOrWhiteSpace(id) && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var found))
        {
            _zone = found;
        }

        return _zone;
    }

    /// <summary>A UTC time as "yyyy-MM-dd HH:mm" in the city's time zone; empty for null.</summary>
    public async Task<string> FormatAsync(DateTime? utc, CancellationToken cancellationToken = default)
    {
        if (utc is not { } value)
        {
            return "";
        }

        var zone = await GetAsync(cancellationToken);
        var local = TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(value, DateTimeKind.Utc), zone);
        return local.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
    }
}
