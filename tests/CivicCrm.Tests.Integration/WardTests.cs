using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>The demo city's wards: a report's ward on the staff and public pages, in Open311's extensions and as a queue filter.</summary>
public class WardTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task AReportInTheNorthWest_IsInWard5_OnEveryPage_AndTheQueueFiltersByWard()
    {
        var api = site.CreateApiClient();
        var lat = 41.95 + Random.Shared.Next(0, 1000) / 100000.0;
        var response = await api.PostAsJsonAsync("/api/service-requests", new { service_code = "TREE-TRIM", lat, @long = -87.80, description = "Branches over the underpass." });
        var filed = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.True(response.StatusCode == HttpStatusCode.Created, filed?.ToJsonString());
        var tracking = filed!["service_request_id"]!.GetValue<string>();

        var publicPage = await site.CreateClient().GetStringAsync($"/requests/{tracking}");
        var open311 = (await site.CreateClient().GetFromJsonAsync<JsonArray>($"/open311/v2/requests/{tracking}.json?extensions=true"))![0]!;
        var staff = site.CreateBrowserClient();
        await staff.SignInAsync();
        var staffPage = await staff.GetStringAsync($"/admin/requests/{tracking}");
        var inWard5 = await staff.GetStringAsync("/admin/queue?ward=5");
        var inWard1 = await staff.GetStringAsync("/admin/queue?ward=1");

        Assert.Contains("Ward 5 (North West) (Ald. Rosa Delgado)", publicPage, StringComparison.Ordinal);
        Assert.Equal("Ward 5 (North West)", open311["extended_attributes"]!["ward"]!.GetValue<string>());
        Assert.Contains("Ward 5 (North West)", staffPage, StringComparison.Ordinal);
        Assert.Contains("Ald. Rosa Delgado", staffPage, StringComparison.Ordinal);
        Assert.Contains(tracking, inWard5, StringComparison.Ordinal);
        Assert.DoesNotContain(tracking, inWard1, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WardsStep_RefusesABoundaryThatIsNotARing_AndAWardWithoutACode()
    {
        var response = await site.CreateApiClient().PostAsJsonAsync("/api/recipes/execute", JsonNode.Parse("""
            { "name": "wards", "steps": [ { "name": "wards", "wards": [
                { "code": "99", "name": "Ward 99", "boundary": [[-87.6, 41.8], [-87.5, 41.8]] },
                { "name": "Nameless" }
            ] } ] }
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["steps[0].wards[0].boundary", "steps[0].wards[1].code", "steps[0].wards[1].boundary"], errors.EnumerateObject().Select(e => e.Name));
    }
}
