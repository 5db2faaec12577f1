using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>The receiving department gets the department email when it is added to a problem or takes over a transfer.</summary>
public class DepartmentEmailTests(MailSiteFactory site) : IClassFixture<MailSiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    private async Task<string> FileAsync(string serviceCode, string description)
    {
        var response = await _api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = serviceCode, address_string = $"{Random.Shared.Next(10, 9999)} Larch Lane", description, channel = "phone",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["service_request_id"]!.GetValue<string>();
    }

    [Fact]
    public async Task AddingADepartment_EmailsThatDepartment()
    {
        var tracking = await FileAsync("BUILDING", "Boarded-up house, people going in at night.");

        var added = await _api.PostAsJsonAsync($"/api/service-requests/{tracking}/departments", new { department_code = "ENV-HEALTH", note = "rats seen in the yard" });

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        var email = await site.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains("envhealth@riverton.example.gov", StringComparison.Ordinal)
            && (m.Subject ?? "").Contains(tracking, StringComparison.Ordinal));
        Assert.Contains("Your department was added to this problem: rats seen in the yard", email.TextBody, StringComparison.Ordinal);
        Assert.Contains("Boarded-up house, people going in at night.", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transfer_EmailsTheReceivingDepartmentWithTheReason()
    {
        var tracking = await FileAsync("STREET-SWEEP", "Street full of fallen branches and leaves.");

        var moved = await _api.PostAsJsonAsync($"/api/service-requests/{tracking}/transfer", new { department_code = "PARKS", reason = "fallen branches are the park crew's" });

        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        var email = await site.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains("parks@riverton.example.gov", StringComparison.Ordinal)
            && (m.Subject ?? "").Contains(tracking, StringComparison.Ordinal));
        Assert.Contains("Transferred to you from STREETS: fallen branches are the park crew's", email.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RequestDetail_ShowsItsProblemsIdAndStatus()
    {
        var tracking = await FileAsync("SNOW", "Unplowed street.");
        await _api.PostAsJsonAsync($"/api/service-requests/{tracking}/status", new { status = "in_progress", note = "crew assigned", @public = true });

        var detail = (await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{tracking}"))!;

        Assert.True(detail["problem_id"]!.GetValue<long>() > 0);
        Assert.Equal("in_progress", detail["status"]!.GetValue<string>());
    }
}
