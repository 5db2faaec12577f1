namespace CivicCrm.Open311.Settings;

/// <summary>The <c>Open311</c> section of the site settings, as the admin page saves it; null keeps the configured default.</summary>
public sealed record Open311SavedSettings(string? JurisdictionId, int? RateLimit, IReadOnlyList<string>? BatchServiceCodes, string? Contact, DateTimeOffset? Changeset);
