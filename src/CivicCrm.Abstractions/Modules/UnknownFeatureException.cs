namespace CivicCrm.Modules;

public sealed class UnknownFeatureException(IReadOnlyList<string> featureIds)
    : Exception($"Unknown feature(s): {string.Join(", ", featureIds)}.")
{
    public IReadOnlyList<string> FeatureIds { get; } = featureIds;
}
