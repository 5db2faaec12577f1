using System.Net;
using System.Net.Http.Json;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

public class PublicOpenProblemsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task OpenProblems_ListOpenOnes_FilteredAndPaged_WithoutPersonalData()
    {
        var api = site.CreateApiClient();
        var street = $"{Random.Shared.Next(100, 9999)} Magnolia Court";
        var open = await api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "SEWER", address_string = street, channel = "phone", description = "Smells awful, call Tomasz", name = "Tomasz Nowak",
            email = "tomasz@example.org", phone = "555-0199",
        });
        var closedStreet = $"{Random.Shared.Next(100, 9999)} Magnolia Court West";
        var closed = await api.PostAsJsonAsync("/api/service-requests", new { service_code = "SEWER", address_string = closedStreet, channel = "phone" });
        Assert.Equal(HttpStatusCode.Created, open.StatusCode);
        Assert.Equal(HttpStatusCode.Created, closed.StatusCode);
        var closedNumber = (await closed.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["service_request_id"]!.GetValue<string>();
        Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/service-requests/{closedNumber}/status", new { status = "closed", note = "cleared" })).StatusCode);
        var browser = site.CreateClient();

        var water = await browser.GetStringAsync("/requests/open?group=Water");
        var streets = await browser.GetStringAsync("/requests/open?type=POTHOLE");
        var pastTheEnd = await browser.GetAsync("/requests/open?page=9999");

        Assert.Contains(street, water, StringComparison.Ordinal);
        Assert.DoesNotContain(closedStreet, water, StringComparison.Ordinal);
        Assert.DoesNotContain("Tomasz", water, StringComparison.Ordinal);
        Assert.DoesNotContain("555-0199", water, StringComparison.Ordinal);
        Assert.DoesNotContain("Smells awful", water, StringComparison.Ordinal);
        Assert.DoesNotContain(street, streets, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, pastTheEnd.StatusCode); // clamped to the last page
    }

    [Fact]
    public async Task CallerSearch_ByPhoneDigitsOrEmail_FindsTheCallersReports_BadQueryIsExplained()
    {
        var api = site.CreateApiClient();
        var line = Random.Shared.Next(1000, 9999);
        var filed = await api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "SEWER", address_string = $"{line} Poplar Way", channel = "phone", name = "Ada Brook", phone = $"555.014.{line}", email = $"Ada{line}@Example.org",
        });
        var tracking = (await filed.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["service_request_id"]!.GetValue<string>();
        var staff = site.CreateClient();
        staff.DefaultRequestHeaders.Add("X-Api-Key", SiteFactory.ApiKey);

        var byPhone = await staff.GetStringAsync($"/admin/intake?caller={Uri.EscapeDataString($"(555) 014-{line}")}&code=SEWER");
        var byEmail = await staff.GetStringAsync($"/admin/intake?caller=ada{line}@example.org");
        var tooShort = await staff.GetStringAsync("/admin/intake?caller=0142");

        Assert.Contains(tracking, byPhone, StringComparison.Ordinal);
        Assert.Contains("value=\"Ada Brook\"", byPhone, StringComparison.Ordinal);
        Assert.Contains(tracking, byEmail, StringComparison.Ordinal);
        Assert.Contains("at least 7 digits", tooShort, StringComparison.Ordinal);
    }
}
