using System.Text.Json;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>
/// Finds the ward of a point: the boundaries are read once per scope (a city has tens of wards), then each point is
/// tested against each ward's bounding box and, inside it, its polygon (ray casting).
/// </summary>
public sealed class WardLocator(DbContext db)
{
    private List<WardArea>? _areas;

    public async Task<Ward?> FindAsync(double? latitude, double? longitude, CancellationToken cancellationToken = default)
    {
        if (latitude is not { } lat || longitude is not { } lon)
        {
            return null;
        }

        return (await AreasAsync(cancellationToken)).FirstOrDefault(a => a.Contains(lat, lon))?.Ward;
    }

    /// <summary>Every ward with its bounding box, by code.</summary>
    public async Task<IReadOnlyList<WardArea>> AreasAsync(CancellationToken cancellationToken = default) =>
        _areas ??= (await db.Set<Ward>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(w => w.Code.Length).ThenBy(w => w.Code, StringComparer.Ordinal).Select(WardArea.Of).ToList();

    /// <summary>Reads a boundary: at least three distinct [longitude, latitude] points; null when it is not one.</summary>
    public static double[][]? ParseBoundary(string json)
    {
        try
        {
            var points = JsonSerializer.Deserialize<double[][]>(json);
            return points is { Length: >= 3 } && points.All(p => p.Length == 2 && p[0] is >= -180 and <= 180 && p[1] is >= -90 and <= 90)
                && points.Select(p => (p[0], p[1])).Distinct().Count() >= 3 ? points : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Even-odd rule: a point is inside when a ray to the east crosses the boundary an odd number of times.</summary>
    internal static bool Inside(double[][] ring, double x, double y)
    {
        var inside = false;
        for (int i = 0, j = ring.Length - 1; i < ring.Length; j = i++)
        {
            var (xi, yi, xj, yj) = (ring[i][0], ring[i][1], ring[j][0], ring[j][1]);
            if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi)
            {
                inside = !inside;
            }
        }

        return inside;
    }
}

/// <summary>A ward with its bounding box, for a cheap first test (in SQL too) before the polygon.</summary>
public sealed record WardArea(Ward Ward, double[][] Ring, double MinLongitude, double MinLatitude, double MaxLongitude, double MaxLatitude)
{
    public static WardArea Of(Ward ward)
    {
        var ring = WardLocator.ParseBoundary(ward.Boundary) ?? [];
        return ring.Length == 0
            ? new WardArea(ward, ring, 0, 0, -1, -1)
            : new WardArea(ward, ring, ring.Min(p => p[0]), ring.Min(p => p[1]), ring.Max(p => p[0]), ring.Max(p => p[1]));
    }

    /// <summary>Problems whose point is inside the bounding box: the cheap part, in SQL; <see cref="Contains"/> decides.</summary>
    public IQueryable<Problem> InBox(IQueryable<Problem> problems) =>
        problems.Where(p => p.Latitude >= MinLatitude && p.Latitude <= MaxLatitude && p.Longitude >= MinLongitude && p.Longitude <= MaxLongitude);

    public bool Contains(double latitude, double longitude) =>
        longitude >= MinLongitude && longitude <= MaxLongitude && latitude >= MinLatitude && latitude <= MaxLatitude
        && WardLocator.Inside(Ring, longitude, latitude);
}
