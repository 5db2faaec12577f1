using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

public class ServiceRequestEmailTests(ServiceRequestEmailTests.Site site) : IClassFixture<ServiceRequestEmailTests.Site>
{
    private readonly HttpClient _api = site.CreateApiClient();

    public sealed class Site : MailSiteFactory
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
            base.Settings.Append(new("CivicCrm:ServiceRequests:SlaCheckSeconds", "0.2"));
    }

    private async Task<string> FileAsync(string email)
    {
        var response = await _api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "HYDRANT", address_string = $"{Random.Shared.Next(10, 9999)} Oak Avenue", email, channel = "phone",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["service_request_id"]!.GetValue<string>();
    }

    [Fact]
    public async Task FilingEmailsTheResidentAndTheOwningDepartment_PublicChangesEmailSubscribers()
    {
        var tracking = await FileAsync("maya@example.org");

        var receipt = await site.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains("maya@example.org", StringComparison.Ordinal) && (m.Subject ?? "").Contains(tracking, StringComparison.Ordinal));
        Assert.Contains($"/requests/{tracking}", receipt.TextBody, StringComparison.Ordinal);
        var department = await site.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains("water@riverton.example.gov", StringComparison.Ordinal) && (m.Subject ?? "").Contains(tracking, StringComparison.Ordinal));
        Assert.Contains("Hydrant", department.Subject ?? "", StringComparison.Ordinal);

        var changed = await _api.PostAsJsonAsync($"/api/service-requests/{tracking}/status", new { status = "resolved", note = "The hydrant was capped.", @public = true });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var update = await site.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains("maya@example.org", StringComparison.Ordinal) && (m.Subject ?? "").Contains("resolved", StringComparison.Ordinal));
        Assert.Contains("The hydrant was capped.", update.TextBody, StringComparison.Ordinal);
        Assert.Contains("/requests/unsubscribe/", update.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SubscribersOfAMergedProblem_GetTheTargetsPublicUpdates()
    {
        var merged = await FileAsync("noor@example.org");
        var target = await FileAsync("theo@example.org");
        var merge = await _api.PostAsJsonAsync($"/api/service-requests/{merged}/merge", new { into = target });
        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);

        var changed = await _api.PostAsJsonAsync($"/api/service-requests/{target}/status", new { status = "in_progress", note = "Crew on site at the hydrant.", @public = true });
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);

        var update = await site.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains("noor@example.org", StringComparison.Ordinal) && (m.TextBody ?? "").Contains("Crew on site at the hydrant.", StringComparison.Ordinal));
        Assert.Contains($"/requests/{merged}", update.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SlaWarningAndBreach_EmailTheDepartmentOnceEach()
    {
        var tracking = await FileAsync("ravi@example.org");
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<DbContext>();
            var problemId = await db.Set<ServiceRequest>().Where(r => r.TrackingNumber == tracking).Select(r => r.ProblemId).SingleAsync();
            var past = DateTime.UtcNow.AddHours(-1);
            await db.Set<WorkItem>().Where(w => w.ProblemId == problemId).ExecuteUpdateAsync(s => s.SetProperty(w => w.WarningUtc, past).SetProperty(w => w.DueUtc, past));
        }

        await site.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("SLA warning", StringComparison.Ordinal) && (m.Subject ?? "").Contains(tracking, StringComparison.Ordinal));
        await site.Smtp.WaitForMessageAsync(m => (m.Subject ?? "").StartsWith("SLA breached", StringComparison.Ordinal) && (m.Subject ?? "").Contains(tracking, StringComparison.Ordinal));
        await Task.Delay(TimeSpan.FromSeconds(1.5)); // several more checks run meanwhile

        Assert.Equal(2, site.Smtp.Messages.Count(m => (m.Subject ?? "").StartsWith("SLA", StringComparison.Ordinal) && (m.Subject ?? "").Contains(tracking, StringComparison.Ordinal)));
    }
}
