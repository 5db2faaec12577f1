using CivicCrm.Data;
using CivicCrm.Data.Sqlite;
using CivicCrm.ServiceRequests.Data;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Benchmarks;

/// <summary>
/// A SQLite file with the service-request tables and <c>count</c> problems (one report each) resampled from
/// <see cref="SampleLocations"/>: types drawn from the demo recipe, created over the 45 days before
/// <see cref="AsOfUtc"/>, a quarter of them closed. Built once per data source and size, then reused.
/// </summary>
public sealed class BenchmarkDatabase
{
    public static readonly DateTime AsOfUtc = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);
    // The platform's own tables (the context always maps them) plus the service-request tables.
    private static readonly DataModel Model = new([.. DataModel.Discover([]).Contributors, new ServiceRequestsModelContributor()]);

    private readonly DbContextOptions<SqliteCivicDbContext> _options;

    private BenchmarkDatabase(string file, IReadOnlyList<SampleLocation> locations, string source)
    {
        File = file;
        Locations = locations;
        Source = source;
        _options = (DbContextOptions<SqliteCivicDbContext>)SqliteDatabaseProvider
            .Configure(new DbContextOptionsBuilder<SqliteCivicDbContext>(), $"Data Source={file}").Options;
    }

    public string File { get; }
    public IReadOnlyList<SampleLocation> Locations { get; }
    public string Source { get; }

    public SqliteCivicDbContext NewContext() => new(_options, Model);

    public static async Task<BenchmarkDatabase> OpenAsync(int count, IReadOnlyList<RequestType> types)
    {
        var (locations, source) = SampleLocations.Load();
        var file = Path.Combine(Path.GetTempPath(), $"civiccrm-bench-{(source == "generated" ? "generated" : "real")}-{locations.Count}-{count}.db");
        var database = new BenchmarkDatabase(file, locations, source);
        if (!System.IO.File.Exists(file))
        {
            var building = new BenchmarkDatabase(file + ".building", locations, source);
            System.IO.File.Delete(building.File);
            await building.FillAsync(count, types);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            System.IO.File.Move(building.File, file);
        }

        return database;
    }

    private async Task FillAsync(int count, IReadOnlyList<RequestType> types)
    {
        await using (var db = NewContext())
        {
            await db.Database.EnsureCreatedAsync();
            db.AddRange(types);
            await db.SaveChangesAsync();
        }

        var random = new Random(42);
        const int Batch = 5_000;
        for (var start = 0; start < count; start += Batch)
        {
            await using var db = NewContext();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            var problems = new List<Problem>(Batch);
            for (var i = start; i < Math.Min(count, start + Batch); i++)
            {
                var location = Locations[random.Next(Locations.Count)];
                var type = types[random.Next(types.Count)];
                var created = AsOfUtc.AddMinutes(-random.Next(45 * 24 * 60));
                var closed = random.NextDouble() < 0.25 ? created.AddHours(1 + random.Next(24 * 10)) : (DateTime?)null;
                // Jitter of about ±25 m: resampled records are near, not on, the real point.
                problems.Add(new Problem
                {
                    RequestTypeCode = type.Code, RequestTypeGroup = type.Group, Address = location.Address,
                    NormalizedAddress = AddressNormalizer.Normalize(location.Address),
                    Latitude = location.Latitude + (random.NextDouble() - 0.5) * 0.00045,
                    Longitude = location.Longitude + (random.NextDouble() - 0.5) * 0.0006,
                    CreatedUtc = created, UpdatedUtc = created, ClosedUtc = closed < AsOfUtc ? closed : null,
                    Status = closed < AsOfUtc ? RequestStatus.Closed : RequestStatus.Submitted,
                });
            }

            db.AddRange(problems);
            await db.SaveChangesAsync();
            db.AddRange(problems.Select(p => new ServiceRequest
            {
                TrackingNumber = $"B{p.Id:D9}", ProblemId = p.Id, RequestTypeCode = p.RequestTypeCode, Status = p.Status,
                Address = p.Address, NormalizedAddress = p.NormalizedAddress, Latitude = p.Latitude, Longitude = p.Longitude,
                Channel = Channel.Api, RequestedUtc = p.CreatedUtc, UpdatedUtc = p.CreatedUtc, ClosedUtc = p.ClosedUtc,
            }));
            await db.SaveChangesAsync();
        }
    }
}
