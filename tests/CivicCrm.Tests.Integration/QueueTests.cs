using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

/// <summary>The department queue: filters by request type and assignee, and assigning ticked work items at once.</summary>
public class QueueTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    private async Task<string> FileAsync(string serviceCode)
    {
        var response = await _api.PostAsJsonAsync("/api/service-requests", new
        {
            service_code = serviceCode, address_string = $"{Random.Shared.Next(100, 99999)} Queue Court", channel = "phone",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["service_request_id"]!.GetValue<string>();
    }

    private async Task<JsonObject> DetailAsync(string tracking) =>
        (await _api.GetFromJsonAsync<JsonObject>($"/api/service-requests/{tracking}"))!;

    private async Task<long> WorkItemIdAsync(string tracking) =>
        (await DetailAsync(tracking))["work_items"]!.AsArray().Single()!["id"]!.GetValue<long>();

    private async Task<string> CreateStaffAsync()
    {
        var name = "crew" + Guid.NewGuid().ToString("n")[..8];
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = name, Email = $"{name}@riverton.example.gov", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, "Crew-pass-2026")).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, "DepartmentStaff")).Succeeded);
        return name;
    }

    private async Task<HttpClient> AdminAsync()
    {
        var client = site.CreateBrowserClient();
        await client.SignInAsync();
        return client;
    }

    private static Task<HttpResponseMessage> BulkAssignAsync(HttpClient client, string assignee, params long[] workItemIds)
    {
        var fields = workItemIds.Select((id, i) => (Key: $"workItemIds[{i}]", Value: id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToDictionary(f => f.Key, f => f.Value);
        fields["assignee"] = assignee;
        return client.PostFormAsync("/admin/queue", "/admin/queue/assign", fields);
    }

    [Fact]
    public async Task Filters_ByRequestType_AndByAssignee_IncludingUnassignedAndMine()
    {
        var building = await FileAsync("BUILDING");
        var dumping = await FileAsync("ILLEGAL-DUMP");
        var dumpingOfAdmin = await FileAsync("ILLEGAL-DUMP");
        Assert.Equal(HttpStatusCode.OK, (await _api.PostAsJsonAsync($"/api/service-requests/{dumpingOfAdmin}/assign", new { assignee = "admin" })).StatusCode);
        var admin = await AdminAsync();

        var ofType = await admin.GetStringAsync("/admin/queue?type=BUILDING");
        Assert.Contains(building, ofType, StringComparison.Ordinal);
        Assert.DoesNotContain(dumping, ofType, StringComparison.Ordinal);

        var unassigned = await admin.GetStringAsync("/admin/queue?type=ILLEGAL-DUMP&assignedTo=" + Uri.EscapeDataString("(unassigned)"));
        Assert.Contains(dumping, unassigned, StringComparison.Ordinal);
        Assert.DoesNotContain(dumpingOfAdmin, unassigned, StringComparison.Ordinal);

        var mine = await admin.GetStringAsync("/admin/queue?assignedTo=" + Uri.EscapeDataString("(mine)"));
        Assert.Contains(dumpingOfAdmin, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(dumping, mine, StringComparison.Ordinal);
        Assert.DoesNotContain(building, mine, StringComparison.Ordinal);
        Assert.Contains("<th scope=\"col\">Assignee</th>", mine, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkAssign_AssignsEveryTickedItem_RecordsItLikeTheRequestPage_AndTheQueueShowsTheAssignee()
    {
        var crew = await CreateStaffAsync();
        var first = await FileAsync("ILLEGAL-DUMP");
        var second = await FileAsync("BUILDING");
        var untouched = await FileAsync("BUILDING");
        var admin = await AdminAsync();

        var response = await BulkAssignAsync(admin, $" {crew} ", await WorkItemIdAsync(first), await WorkItemIdAsync(second));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("2 work item(s) assigned to " + crew, await admin.GetStringAsync("/admin/queue"), StringComparison.Ordinal);
        foreach (var tracking in new[] { first, second })
        {
            var detail = await DetailAsync(tracking);
            Assert.Equal(crew, detail["work_items"]!.AsArray().Single()!["assignee"]!.GetValue<string>());
            var assigned = detail["history"]!.AsArray().Last()!;
            Assert.Equal("assigned", assigned["kind"]!.GetValue<string>());
            Assert.Equal("admin", assigned["actor"]!.GetValue<string>());
        }

        Assert.Null((await DetailAsync(untouched))["work_items"]!.AsArray().Single()!["assignee"]);
        var ofCrew = await admin.GetStringAsync("/admin/queue?assignedTo=" + crew);
        Assert.Contains(first, ofCrew, StringComparison.Ordinal);
        Assert.Contains(second, ofCrew, StringComparison.Ordinal);
        Assert.DoesNotContain(untouched, ofCrew, StringComparison.Ordinal);
        Assert.Contains($"<td>{crew}</td>", ofCrew, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BulkAssign_ToAnUnknownUser_IsRefusedWithAFormMessage_AndNothingIsAssigned()
    {
        var tracking = await FileAsync("BUILDING");
        var admin = await AdminAsync();

        var response = await BulkAssignAsync(admin, "nobody.here", await WorkItemIdAsync(tracking));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var queue = await admin.GetStringAsync("/admin/queue");
        Assert.Contains("id=\"bulk-assignee-error\" role=\"alert\">There is no user named &#x27;nobody.here&#x27;.", queue, StringComparison.Ordinal);
        var detail = await DetailAsync(tracking);
        Assert.Null(detail["work_items"]!.AsArray().Single()!["assignee"]);
        Assert.DoesNotContain(detail["history"]!.AsArray(), h => h!["kind"]!.GetValue<string>() == "assigned");

        var nothingTicked = await BulkAssignAsync(admin, "admin");
        Assert.Equal(HttpStatusCode.Redirect, nothingTicked.StatusCode);
        Assert.Contains("Tick the work items to assign.", await admin.GetStringAsync("/admin/queue"), StringComparison.Ordinal);
    }
}
