using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.Benchmarks;

/// <summary>
/// Duplicate-candidate lookup over a SQLite file of 100,000 problems: the finder's indexed bounding box against a
/// scan of the type's open problems, and the same-address lookup against the same scan. Each operation is a batch
/// of lookups at real report locations, each with its own context, as a request would have.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class DuplicateLookupBenchmarks
{
    private const int Batch = 16;
    private BenchmarkDatabase _database = null!;
    private RequestType _type = null!;
    private SampleLocation[] _queries = [];

    [Params(100_000)]
    public int Problems { get; set; }

    [GlobalSetup]
    public async Task SetupAsync()
    {
        var types = DemoRequestTypes.Load();
        _type = types.Single(t => t.Code == "POTHOLE");
        _database = await BenchmarkDatabase.OpenAsync(Problems, types);
        var random = new Random(3);
        _queries = Enumerable.Range(0, Batch).Select(_ => _database.Locations[random.Next(_database.Locations.Count)]).ToArray();
        Console.WriteLine($"// data: {_database.Source}; database {_database.File}");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "Near point: scan type in memory (baseline)")]
    [BenchmarkCategory("Near")]
    public async Task<int> NearScan()
    {
        var found = 0;
        foreach (var query in _queries)
        {
            await using var db = _database.NewContext();
            found += (await NaiveDuplicateScan.NearAsync(db, _type, query.Latitude, query.Longitude, BenchmarkDatabase.AsOfUtc, 10)).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Near point: FindAsync (bounding box)")]
    [BenchmarkCategory("Near")]
    public async Task<int> NearFinder()
    {
        var found = 0;
        foreach (var query in _queries)
        {
            await using var db = _database.NewContext();
            found += (await new DuplicateCandidateFinder(db).FindAsync(_type, query.Latitude, query.Longitude, null, BenchmarkDatabase.AsOfUtc, 10, default)).Count;
        }

        return found;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Batch, Description = "Same address: scan type in memory (baseline)")]
    [BenchmarkCategory("Address")]
    public async Task<int> AddressScan()
    {
        var found = 0;
        foreach (var query in _queries)
        {
            await using var db = _database.NewContext();
            found += (await NaiveDuplicateScan.AtAddressAsync(db, _type, AddressNormalizer.Normalize(query.Address)!, BenchmarkDatabase.AsOfUtc, 10)).Count;
        }

        return found;
    }

    [Benchmark(OperationsPerInvoke = Batch, Description = "Same address: FindAsync (address index)")]
    [BenchmarkCategory("Address")]
    public async Task<int> AddressFinder()
    {
        var found = 0;
        foreach (var query in _queries)
        {
            await using var db = _database.NewContext();
            found += (await new DuplicateCandidateFinder(db).FindAsync(_type, null, null, AddressNormalizer.Normalize(query.Address), BenchmarkDatabase.AsOfUtc, 10, default)).Count;
        }

        return found;
    }
}
