using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>Several departments on one problem: adding one, transferring a work item with a reason, assigning one.</summary>
public class WorkItemRoutingTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    private async Task<string> FileAsync(string serviceCode)
    {
        var response = await _api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = serviceCode, address_string = $"{Random.Shared.Next(100, 99999)} Routing Avenue", channel = "phone",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["service_request_id"]!.GetValue<string>();
    }

    private async Task<(HttpStatusCode Status, JsonObject Body)> PostAsync(string url, object body)
    {
        var response = await _api.PostAsJsonAsync(url, body);
        return (response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    private static JsonNode Item(JsonObject detail, string department, string? status = null) =>
        detail["work_items"]!.AsArray().Single(w => w!["department_code"]!.GetValue<string>() == department && (status is null || w["status"]!.GetValue<string>() == status))!;

    [Fact]
    public async Task AddDepartment_OpensAWorkItemWithItsOwnDueDate_RecordsIt_AndRefusesASecondOpenOne()
    {
        var tracking = await FileAsync("BUILDING");

        var (status, detail) = await PostAsync($"/api/service-requests/{tracking}/departments", new { department_code = "ENV-HEALTH", note = "Rats seen in the yard." });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(["CODE", "ENV-HEALTH"], detail["work_items"]!.AsArray().Select(w => w!["department_code"]!.GetValue<string>()));
        Assert.True(Item(detail, "ENV-HEALTH")["due_datetime"]!.GetValue<DateTime>() > DateTime.UtcNow);
        var added = detail["history"]!.AsArray().Last()!;
        Assert.Equal("department-added", added["kind"]!.GetValue<string>());
        Assert.Contains("Rats seen in the yard.", added["note"]!.GetValue<string>(), StringComparison.Ordinal);

        var again = await PostAsync($"/api/service-requests/{tracking}/departments", new { department_code = "env-health" });
        Assert.Equal(HttpStatusCode.BadRequest, again.Status);
        Assert.Contains("already has an open work item", again.Body["errors"]!["department_code"]![0]!.GetValue<string>(), StringComparison.Ordinal);
        var unknown = await PostAsync($"/api/service-requests/{tracking}/departments", new { department_code = "NO-SUCH" });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);
        Assert.Equal("There is no department with the code 'NO-SUCH'.", unknown.Body["errors"]!["department_code"]![0]!.GetValue<string>());
        var missing = await _api.PostAsJsonAsync("/api/service-requests/ZZZZ-ZZZZ/departments", new { department_code = "WATER" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Transfer_MarksTheOldItemTransferred_OpensOneForTheNewDepartment_WithTheReason()
    {
        var tracking = await FileAsync("STREET-SWEEP");

        var noReason = await PostAsync($"/api/service-requests/{tracking}/transfer", new { department_code = "WATER" });
        Assert.Equal(HttpStatusCode.BadRequest, noReason.Status);
        Assert.NotNull(noReason.Body["errors"]!["reason"]);
        var toItself = await PostAsync($"/api/service-requests/{tracking}/transfer", new { department_code = "STREETS", reason = "Again." });
        Assert.Equal(HttpStatusCode.BadRequest, toItself.Status);
        Assert.NotNull(toItself.Body["errors"]!["department_code"]);
        var unknown = await PostAsync($"/api/service-requests/{tracking}/transfer", new { department_code = "NOPE", reason = "Misrouted." });
        Assert.Equal(HttpStatusCode.BadRequest, unknown.Status);

        var (status, detail) = await PostAsync($"/api/service-requests/{tracking}/transfer", new { department_code = "WATER", reason = "A water main leak sank the road." });

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("transferred", Item(detail, "STREETS")["status"]!.GetValue<string>());
        Assert.Equal("submitted", Item(detail, "WATER")["status"]!.GetValue<string>());
        var transferred = detail["history"]!.AsArray().Single(h => h!["kind"]!.GetValue<string>() == "transferred")!;
        Assert.Contains("A water main leak sank the road.", transferred["note"]!.GetValue<string>(), StringComparison.Ordinal);

        // The transferred item is done: once the new department resolves, the problem is resolved.
        var resolved = await PostAsync($"/api/service-requests/{tracking}/status", new { status = "resolved", department_code = "WATER" });
        Assert.Equal(HttpStatusCode.OK, resolved.Status);
        Assert.Equal("resolved", resolved.Body["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Assign_SetsTheAssignee_AndRecordsIt_AndRefusesANameWithoutAnAccount()
    {
        var tracking = await FileAsync("ILLEGAL-DUMP");

        var empty = await PostAsync($"/api/service-requests/{tracking}/assign", new { assignee = " " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.Status);
        Assert.NotNull(empty.Body["errors"]!["assignee"]);
        var stranger = await PostAsync($"/api/service-requests/{tracking}/assign", new { assignee = "dana.crew" });
        Assert.Equal(HttpStatusCode.BadRequest, stranger.Status);
        Assert.Equal("There is no user named 'dana.crew'.", stranger.Body["errors"]!["assignee"]![0]!.GetValue<string>());
        var (status, detail) = await PostAsync($"/api/service-requests/{tracking}/assign", new { assignee = "a.brooks" }); // Sanitation staff in the demo city

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("a.brooks", Item(detail, "SANITATION")["assignee"]!.GetValue<string>());
        var assigned = detail["history"]!.AsArray().Last()!;
        Assert.Equal("assigned", assigned["kind"]!.GetValue<string>());
        Assert.Equal("apikey:Setup", assigned["actor"]!.GetValue<string>());
    }
}
