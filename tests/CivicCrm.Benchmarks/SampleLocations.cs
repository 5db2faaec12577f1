using System.Globalization;

namespace CivicCrm.Benchmarks;

/// <summary>
/// Where reports come from. Real 311 records (Los Angeles, Chicago, New York CSV files in the folder named by
/// <c>CIVICCRM_BENCH_311</c>), each city moved onto one synthetic city centre so their densities overlap as one
/// city's would; without that folder, generated clusters around the same centre.
/// </summary>
public static class SampleLocations
{
    public const string FolderVariable = "CIVICCRM_BENCH_311";
    public const double CenterLatitude = 40.0;
    public const double CenterLongitude = -83.0;

    private static readonly string[] LatitudeColumns = ["latitude"];
    private static readonly string[] LongitudeColumns = ["longitude"];
    private static readonly string[] AddressColumns = ["address", "street_address", "incident address"];

    public static (IReadOnlyList<SampleLocation> Locations, string Source) Load()
    {
        var folder = Environment.GetEnvironmentVariable(FolderVariable);
        if (!string.IsNullOrEmpty(folder) && Directory.Exists(folder))
        {
            var locations = Directory.GetFiles(folder, "*.csv").OrderBy(f => f, StringComparer.Ordinal).SelectMany(FromFile).ToList();
            if (locations.Count > 0)
            {
                return (locations, $"real ({locations.Count} records)");
            }
        }

        return (Generated(20_000, new Random(7)), "generated");
    }

    private static List<SampleLocation> FromFile(string path)
    {
        using var reader = File.OpenText(path);
        using var rows = Csv.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            return [];
        }

        var header = rows.Current.Select(h => h.Trim().ToLowerInvariant()).ToList();
        int Column(string[] names) => names.Select(n => header.IndexOf(n)).FirstOrDefault(i => i >= 0, -1);
        var (latColumn, lonColumn, addressColumn) = (Column(LatitudeColumns), Column(LongitudeColumns), Column(AddressColumns));
        if (latColumn < 0 || lonColumn < 0 || addressColumn < 0)
        {
            return [];
        }

        var raw = new List<SampleLocation>();
        while (rows.MoveNext())
        {
            var row = rows.Current;
            if (row.Count <= Math.Max(latColumn, Math.Max(lonColumn, addressColumn))
                || !double.TryParse(row[latColumn], CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(row[lonColumn], CultureInfo.InvariantCulture, out var lon)
                || lat == 0 || lon == 0 || string.IsNullOrWhiteSpace(row[addressColumn]))
            {
                continue;
            }

            raw.Add(new SampleLocation(lat, lon, row[addressColumn].Trim()));
        }

        if (raw.Count == 0)
        {
            return raw;
        }

        // Move the city's median onto the synthetic centre; shapes and densities stay real.
        var medianLat = raw.Select(l => l.Latitude).Order().ElementAt(raw.Count / 2);
        var medianLon = raw.Select(l => l.Longitude).Order().ElementAt(raw.Count / 2);
        return raw.Select(l => l with { Latitude = l.Latitude - medianLat + CenterLatitude, Longitude = l.Longitude - medianLon + CenterLongitude }).ToList();
    }

    private static List<SampleLocation> Generated(int count, Random random)
    {
        var hotspots = Enumerable.Range(0, 200).Select(_ => (Lat: CenterLatitude + Gaussian(random) * 0.08, Lon: CenterLongitude + Gaussian(random) * 0.1)).ToArray();
        return Enumerable.Range(0, count).Select(i =>
        {
            var (lat, lon) = hotspots[random.Next(hotspots.Length)];
            return new SampleLocation(lat + Gaussian(random) * 0.004, lon + Gaussian(random) * 0.005, $"{100 + random.Next(40) * 100} {(char)('A' + random.Next(26))} ST");
        }).ToList();
    }

    private static double Gaussian(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
}
