using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

/// <summary>
/// Two intakes that draw the same tracking number: the unique index refuses the second insert, which draws again in
/// the same transaction; when every draw is taken, nothing of the report is left behind.
/// </summary>
public class TrackingNumberCollisionTests(ScriptedTrackingNumbersSiteFactory site) : IClassFixture<ScriptedTrackingNumbersSiteFactory>
{
    private async Task<string> FileAsync()
    {
        var (lat, lon) = TestPoints.Fresh();
        var response = await site.CreateApiClient().PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "POTHOLE", lat, @long = lon, channel = "phone", attributes = new Dictionary<string, string[]> { ["size"] = ["small"] },
        });
        var json = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{response.StatusCode}: {json}");
        return json!["service_request_id"]!.GetValue<string>();
    }

    private async Task<T> QueryAsync<T>(Func<DbContext, Task<T>> query)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<DbContext>());
    }

    /// <summary>EF Core logs each refused insert as an error; these were provoked on purpose.</summary>
    private IReadOnlyList<string> TakeRefusedInserts() =>
        site.TakeWarnings(w => w.Contains("Microsoft.EntityFrameworkCore", StringComparison.Ordinal) && w.Contains("TrackingNumber", StringComparison.Ordinal));

    [Fact]
    public async Task ANumberAnotherReportHolds_IsDrawnAgain_AndTheReportIsFiledOnceUnderTheNewOne()
    {
        var taken = TrackingNumbers.New();
        var fresh = TrackingNumbers.New();
        site.Numbers.Script(taken);
        Assert.Equal(taken, await FileAsync());

        site.Numbers.Script(taken, taken, fresh);
        var second = await FileAsync();

        Assert.Equal(fresh, second);
        Assert.Equal(0, site.Numbers.Remaining);
        Assert.NotEmpty(TakeRefusedInserts()); // the database refused the insert: no check before it let the clash through
        var report = await QueryAsync(db => db.Set<ServiceRequest>().AsNoTracking().SingleAsync(r => r.TrackingNumber == fresh));
        Assert.Equal(1, await QueryAsync(db => db.Set<ServiceRequest>().CountAsync(r => r.TrackingNumber == taken)));
        Assert.Equal(1, await QueryAsync(db => db.Set<ServiceRequest>().CountAsync(r => r.ProblemId == report.ProblemId)));
        Assert.Equal(1, await QueryAsync(db => db.Set<RequestEvent>().CountAsync(e => e.ServiceRequestId == report.Id && e.Kind == "filed")));
        Assert.Equal(1, await QueryAsync(db => db.Set<WorkItem>().CountAsync(w => w.ProblemId == report.ProblemId)));
    }

    [Fact]
    public async Task EveryDrawTaken_FailsTheIntake_AndLeavesNoProblemOrWorkItemBehind()
    {
        var taken = TrackingNumbers.New();
        site.Numbers.Script(taken);
        await FileAsync();
        var address = $"{Random.Shared.Next(100, 99999)} Collision Lane";
        var (lat, lon) = TestPoints.Fresh();
        site.Numbers.Script(Enumerable.Repeat(taken, IntakeService.TrackingNumberAttempts));

        await using (var scope = site.Services.CreateAsyncScope())
        {
            var intake = scope.ServiceProvider.GetRequiredService<IntakeService>();
            await Assert.ThrowsAsync<DbUpdateException>(() => intake.FileAsync(new IntakeRequest
            {
                ServiceCode = "POTHOLE", Address = address, Latitude = lat, Longitude = lon, Channel = Channel.Phone,
                Answers = new Dictionary<string, string[]> { ["size"] = ["small"] },
            }));
        }

        Assert.Equal(0, site.Numbers.Remaining);
        Assert.NotEmpty(TakeRefusedInserts());
        Assert.False(await QueryAsync(db => db.Set<Problem>().AnyAsync(p => p.Address == address)));
        Assert.False(await QueryAsync(db => db.Set<ServiceRequest>().AnyAsync(r => r.Address == address)));
        Assert.Equal(1, await QueryAsync(db => db.Set<ServiceRequest>().CountAsync(r => r.TrackingNumber == taken)));
    }
}
