using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Settings;
using Microsoft.Extensions.Options;

namespace CivicCrm.Open311.Settings;

/// <summary>
/// Reads and saves the Open311 settings. Reads are cached for a few seconds per node (every API call needs them);
/// a save on this node takes effect at once, on other nodes within <see cref="CacheSeconds"/>.
/// </summary>
public sealed class Open311SettingsStore(ISiteSettings siteSettings, IOptions<Open311Options> options, Open311SettingsCache cache, TimeProvider clock)
{
    public const string Section = "Open311";
    public const int CacheSeconds = 5;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private static readonly DateTimeOffset Started = DateTimeOffset.UtcNow;
    private static readonly Open311SavedSettings Empty = new(null, null, null, null, null);

    public async Task<Open311Settings> GetAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        if (cache.Get(now) is { } cached)
        {
            return cached;
        }

        var document = await siteSettings.GetAsync(cancellationToken);
        var saved = SavedFrom(document);
        var defaults = options.Value;
        var settings = new Open311Settings(
            Blank(saved.JurisdictionId) ?? Blank(defaults.JurisdictionId),
            saved.RateLimit ?? defaults.RateLimit,
            defaults.RateLimitWindowSeconds,
            saved.BatchServiceCodes ?? defaults.BatchServiceCodes,
            Blank(saved.Contact) ?? Blank(defaults.Contact),
            saved.Changeset ?? defaults.Changeset ?? Started,
            Zone(document["TimeZone"]?.GetValue<string>()));
        cache.Set(settings, now.AddSeconds(CacheSeconds));

        return settings;
    }

    public async Task<Open311SavedSettings> GetSavedAsync(CancellationToken cancellationToken = default) =>
        SavedFrom(await siteSettings.GetAsync(cancellationToken));

    public async Task SaveAsync(Open311SavedSettings saved, CancellationToken cancellationToken = default)
    {
        await siteSettings.MergeAsync(new JsonObject { [Section] = JsonSerializer.SerializeToNode(saved, Json) }, cancellationToken);
        cache.Clear();
    }

    private static Open311SavedSettings SavedFrom(JsonObject document) =>
        document[Section] is JsonObject section
            ? section.Deserialize<Open311SavedSettings>(Json) ?? Empty
            : Empty;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    private static TimeZoneInfo Zone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
