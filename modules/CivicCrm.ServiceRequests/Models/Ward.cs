namespace CivicCrm.ServiceRequests.Models;

/// <summary>
/// A council ward (or district): the area a representative answers for. Reports are placed in the ward whose boundary
/// holds their point; staff and open-data apps see it.
/// </summary>
public sealed class Ward
{
    public long Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";

    /// <summary>Council member or alderperson, as the city names them.</summary>
    public string? Representative { get; set; }

    /// <summary>The boundary: one ring of [longitude, latitude] points (GeoJSON order), as JSON.</summary>
    public string Boundary { get; set; } = "[]";
}
