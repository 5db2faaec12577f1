namespace CivicCrm.Features.Endpoints;

public sealed record FeatureChangeInput(IReadOnlyList<string>? FeatureIds);
