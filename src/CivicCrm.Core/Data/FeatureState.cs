namespace CivicCrm.Data;

/// <summary>A row per enabled feature.</summary>
public sealed class FeatureState
{
    public string FeatureId { get; set; } = "";
    public DateTime EnabledUtc { get; set; }
}
