using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Open311.ViewModels;

/// <summary>The Open311 settings form and the "how to connect" panel.</summary>
public sealed class Open311SettingsViewModel
{
    [Display(Name = "Jurisdiction id")]
    [MaxLength(200)]
    public string? JurisdictionId { get; set; }

    [Display(Name = "Rate limit (requests per key per window)")]
    [Range(1, 1_000_000)]
    public int RateLimit { get; set; }

    [Display(Name = "Discovery contact")]
    [MaxLength(500)]
    public string? Contact { get; set; }

    [Display(Name = "Discovery changeset")]
    public DateTimeOffset? Changeset { get; set; }

    public List<string> BatchServiceCodes { get; set; } = [];

    public IReadOnlyList<(string Code, string Name)> Services { get; set; } = [];

    public int RateLimitWindowSeconds { get; set; }

    public string BaseUrl { get; set; } = "";
    public string DiscoveryUrl { get; set; } = "";
}
