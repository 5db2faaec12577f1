namespace CivicCrm.ServiceRequests.ViewModels;

/// <summary>The ward editor: the boundary is pasted as JSON, a GeoJSON polygon's outer ring of [longitude, latitude] points.</summary>
public sealed class WardForm
{
    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Representative { get; set; }
    public string? Boundary { get; set; }

    /// <summary>Set when editing: the code is fixed once created.</summary>
    public long? Id { get; set; }
}
