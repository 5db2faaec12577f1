using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Open311;

/// <summary>
/// <c>CivicCrm:Open311</c>: the defaults. What an administrator saves on the Open311 page overrides the first five.
/// </summary>
public sealed class Open311Options
{
    /// <summary>When set, a request naming another jurisdiction_id is refused (404); none means any is accepted.</summary>
    [MaxLength(200)]
    public string? JurisdictionId { get; set; }

    /// <summary>Requests per API key (or per client address without a key) per <see cref="RateLimitWindowSeconds"/>.</summary>
    [Range(1, 1_000_000)]
    public int RateLimit { get; set; } = 120;

    /// <summary>Service codes answered with a token and filed by the background worker.</summary>
    public List<string> BatchServiceCodes { get; set; } = [];

    [MaxLength(500)]
    public string? Contact { get; set; }

    /// <summary>The discovery document's changeset; the start time of the node when not set.</summary>
    public DateTimeOffset? Changeset { get; set; }

    [Range(1, 3600)]
    public int RateLimitWindowSeconds { get; set; } = 60;

    /// <summary>
    /// Whether rate-limit counts live in the database, shared by every node (true), or in each node's memory (false).
    /// Unset: shared on any database but SQLite, which serves one node.
    /// </summary>
    public bool? SharedRateLimit { get; set; }

    /// <summary>How often queued batch submissions are filed.</summary>
    [Range(1, 3600)]
    public int BatchIntervalSeconds { get; set; } = 5;
}
