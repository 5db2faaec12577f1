using System.ComponentModel.DataAnnotations;

namespace CivicCrm.ServiceRequests;

/// <summary>
/// <c>CivicCrm:Maps</c>: where map tiles come from. The product never loads tiles from the internet by itself: without
/// <see cref="TileUrl"/> maps show their points on a plain background with a scale.
/// </summary>
public sealed class MapOptions
{
    /// <summary>A Leaflet tile URL template on the city's own tile server, e.g. /tiles/{z}/{x}/{y}.png.</summary>
    [MaxLength(500)]
    public string? TileUrl { get; set; }

    /// <summary>The credit line the tile source requires.</summary>
    [MaxLength(300)]
    public string? TileAttribution { get; set; }

    [Range(1, 22)]
    public int MaxZoom { get; set; } = 19;

    /// <summary>Where an empty "place on a map" input starts: the city centre.</summary>
    [Range(-90, 90)]
    public double CenterLatitude { get; set; } = 41.8781;

    [Range(-180, 180)]
    public double CenterLongitude { get; set; } = -87.6298;
}
