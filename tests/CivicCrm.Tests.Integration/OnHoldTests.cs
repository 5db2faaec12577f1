using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>On hold pauses the SLA clock of the type, and the promised date residents were given moves with it.</summary>
public class OnHoldTests(ShiftedClockSiteFactory site) : IClassFixture<ShiftedClockSiteFactory>
{
    [Fact]
    public async Task HoldOnARoundTheClockType_PushesTheDeadlineBackByTheWholeHold_AndThePromisedDateFollows()
    {
        var api = site.CreateApiClient();
        var (lat, lon) = TestPoints.Fresh();
        var filed = await (await api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "WATER-LEAK", lat, @long = lon, description = "Water bubbling up at the curb.",
        })).Content.ReadFromJsonAsync<JsonObject>();
        var tracking = filed!["service_request_id"]!.GetValue<string>();
        var promised = filed["expected_datetime"]!.GetValue<DateTime>();

        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/service-requests/{tracking}/status", new { status = "on_hold", note = "Waiting for the utility locate." })).StatusCode);
        site.Clock.Advance(TimeSpan.FromHours(30)); // a weekend and a night: a working-hours count would pause far less
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/service-requests/{tracking}/status", new { status = "in_progress" })).StatusCode);

        var detail = await api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{tracking}");
        var due = detail!["work_items"]!.AsArray().Single()!["due_datetime"]!.GetValue<DateTime>();
        Assert.InRange(due - promised, TimeSpan.FromHours(29.9), TimeSpan.FromHours(30.1));
        Assert.Equal(due, detail["expected_datetime"]!.GetValue<DateTime>());
    }
}
