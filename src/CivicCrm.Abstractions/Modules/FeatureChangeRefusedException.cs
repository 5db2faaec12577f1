namespace CivicCrm.Modules;

/// <summary>An attempt to disable a feature that must stay enabled.</summary>
public sealed class FeatureChangeRefusedException(string message) : Exception(message);
