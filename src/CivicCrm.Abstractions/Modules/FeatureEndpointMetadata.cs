namespace CivicCrm.Modules;

/// <summary>Endpoint metadata naming the feature an endpoint belongs to; disabled features answer 404.</summary>
public sealed record FeatureEndpointMetadata(string FeatureId);
