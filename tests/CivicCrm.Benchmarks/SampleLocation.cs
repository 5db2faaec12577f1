namespace CivicCrm.Benchmarks;

/// <summary>A point and the street address reported with it.</summary>
public sealed record SampleLocation(double Latitude, double Longitude, string Address);
