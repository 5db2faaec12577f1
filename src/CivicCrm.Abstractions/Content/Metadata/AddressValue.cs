namespace CivicCrm.Content.Metadata;

/// <summary>The stored shape of an address field: postal address plus an optional geo point.</summary>
public sealed class AddressValue
{
    public string? Street { get; set; }
    public string? City { get; set; }
    public string? State { get; set; }
    public string? PostalCode { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}
