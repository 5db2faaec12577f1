namespace CivicCrm.ServiceRequests.Services;

public static class GeoDistance
{
    private const double EarthRadiusMeters = 6_371_000;

    /// <summary>Great-circle distance in metres.</summary>
    public static double Meters(double lat1, double lon1, double lat2, double lon2)
    {
        var dLat = Radians(lat2 - lat1);
        var dLon = Radians(lon2 - lon1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) +
                Math.Cos(Radians(lat1)) * Math.Cos(Radians(lat2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusMeters * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>Degrees of latitude and longitude spanning <paramref name="meters"/> around a latitude, for a bounding box.</summary>
    public static (double Lat, double Lon) Degrees(double latitude, double meters)
    {
        var lat = meters / 111_320d;
        var lon = meters / (111_320d * Math.Max(0.01, Math.Cos(Radians(latitude))));
        return (lat, lon);
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
