namespace CivicCrm.Open311.Settings;

/// <summary>What Open311 runs with now: the administrator's saved values over <see cref="Open311Options"/>, and the city's time zone.</summary>
public sealed record Open311Settings(
    string? JurisdictionId,
    int RateLimit,
    int RateLimitWindowSeconds,
    IReadOnlyList<string> BatchServiceCodes,
    string? Contact,
    DateTimeOffset Changeset,
    TimeZoneInfo TimeZone)
{
    public bool IsBatch(string serviceCode) => BatchServiceCodes.Contains(serviceCode, StringComparer.Ordinal);
}
