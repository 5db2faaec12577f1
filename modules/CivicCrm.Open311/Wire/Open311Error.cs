namespace CivicCrm.Open311.Wire;

/// <summary>One entry of the spec's error list. <see cref="Code"/> is the HTTP status it is answered with.</summary>
public sealed record Open311Error(int Code, string Description);
