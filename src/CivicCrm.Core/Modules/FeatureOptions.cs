using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Modules;

/// <summary><c>CivicCrm:Features</c>.</summary>
public sealed class FeatureOptions
{
    /// <summary>How often a node re-reads feature state changed by other nodes.</summary>
    [Range(1, 3600)]
    public int RefreshSeconds { get; set; } = 10;
}
