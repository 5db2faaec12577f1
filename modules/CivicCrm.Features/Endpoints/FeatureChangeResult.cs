namespace CivicCrm.Features.Endpoints;

/// <summary>The features whose state changed, dependencies and dependents included.</summary>
public sealed record FeatureChangeResult(IReadOnlyList<string> Enabled, IReadOnlyList<string> Disabled);
