using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace CivicCrm.Tests.Integration;

/// <summary>Imports real Los Angeles 311 records (converted by scripts/convert-311.py; provenance in Data/README.md).</summary>
public class ServiceRequestSampleImportTests(SiteFactory site, ITestOutputHelper output) : IClassFixture<SiteFactory>
{
    private const int SampleRows = 1800;

    private readonly HttpClient _api = site.CreateApiClient();

    private async Task<JsonObject> ImportSampleAsync()
    {
        await using var file = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "Data", "la311-2020-jan.import.csv"));
        using var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        var response = await _api.PostAsync("/api/service-requests/import?create_missing_types=true", content);
        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{response.StatusCode}: {json}");
        return json!;
    }

    [Fact]
    public async Task RealLosAngelesSample_ImportsEveryRow_LinksNearbyDuplicates_AndReimportsAsNoOp()
    {
        var watch = Stopwatch.StartNew();
        var report = await ImportSampleAsync();
        watch.Stop();
        output.WriteLine($"Imported {SampleRows} rows in {watch.Elapsed.TotalSeconds:F1} s: {SampleRows / watch.Elapsed.TotalSeconds:F0} rows/s ({site.Database.Provider}).");

        Assert.True(report["error_count"]!.GetValue<int>() == 0, report.ToJsonString());
        Assert.Equal(SampleRows, report["imported"]!.GetValue<int>());
        Assert.Contains("BULKY-ITEMS", report["types_created"]!.AsArray().Select(t => t!.GetValue<string>()));
        var linked = report["linked_to_existing_problem"]!.GetValue<int>();
        output.WriteLine($"{linked} rows linked to an earlier open problem.");
        Assert.InRange(linked, 1, SampleRows / 2);

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var requests = db.Set<ServiceRequest>().Where(r => r.SourceId!.StartsWith("LA-"));
            Assert.Equal(SampleRows, await requests.CountAsync());
            Assert.Equal(SampleRows - linked, await requests.Select(r => r.ProblemId).Distinct().CountAsync());
            Assert.True(await db.Set<RequestType>().Where(t => t.Code == "BULKY-ITEMS").Select(t => t.NeedsReview).SingleAsync());
        }

        var again = await ImportSampleAsync();
        Assert.Equal((0, SampleRows), (again["imported"]!.GetValue<int>(), again["skipped_existing"]!.GetValue<int>()));
    }
}
