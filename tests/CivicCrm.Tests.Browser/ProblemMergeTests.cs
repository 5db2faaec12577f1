using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class ProblemMergeTests(BrowserSiteFactory site, Chromium chromium) : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    private async Task<IPage> NewPageAsync() =>
        await (await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() })).NewPageAsync();

    private static async Task<string> FileAsync(HttpClient api, string address)
    {
        var response = await api.PostAsJsonAsync("/api/service-requests", new { service_code = "BUILDING", address_string = address, channel = "phone" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["service_request_id"]!.GetValue<string>();
    }

    [Fact]
    public async Task Supervisor_MergesTwoReportsOfTheSameHouse_BothTrackingNumbersShowTheSameStatus_ThenUndoesTheMerge()
    {
        var api = site.CreateApiClient();
        var address = $"{Random.Shared.Next(100, 9999)} Sycamore Lane";
        var later = await FileAsync(api, address);
        var original = await FileAsync(api, address);
        var ack = await api.PostAsJsonAsync($"/api/service-requests/{original}/status", new { status = "acknowledged", note = "An inspector will visit on Monday.", @public = true });
        Assert.Equal(HttpStatusCode.OK, ack.StatusCode);
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = "sam.supervisor", Email = "sam@riverton.example.gov", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Supervisor-pass-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, "Supervisor")).Succeeded);
        }

        var supervisor = await NewPageAsync();
        await supervisor.GotoAsync("/admin/login");
        await supervisor.GetByLabel("User name or email").FillAsync("sam.supervisor");
        await supervisor.GetByLabel("Password").FillAsync("Supervisor-pass-2026");
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await supervisor.GotoAsync($"/admin/requests/{later}");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Link, new() { Name = original })).ToBeVisibleAsync(); // the same house, listed
        await supervisor.GetByLabel("Merge this problem into the problem of tracking number").FillAsync(original);
        await supervisor.GetByRole(AriaRole.Button, new() { Name = "Merge", Exact = true }).ClickAsync();

        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync($"Merged into the problem of {original}");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Heading, new() { Name = "Reports of this problem (2)" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(supervisor, "staff-request-merged");
        var resident = await NewPageAsync();
        foreach (var number in new[] { later, original })
        {
            await resident.GotoAsync($"/requests/{number}");
            await Assertions.Expect(resident.Locator(".request-status")).ToHaveTextAsync("Acknowledged");
            await Assertions.Expect(resident.GetByText("An inspector will visit on Monday.")).ToBeVisibleAsync();
        }

        await supervisor.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Undo the merge of problem") }).ClickAsync();

        await Assertions.Expect(supervisor.GetByRole(AriaRole.Status)).ToContainTextAsync("Merge undone");
        await Assertions.Expect(supervisor.GetByRole(AriaRole.Heading, new() { Name = "Reports of this problem (1)" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(supervisor, "staff-request-merge-undone");
        await resident.GotoAsync($"/requests/{later}");
        await Assertions.Expect(resident.Locator(".request-status")).ToHaveTextAsync("Received");
        await Assertions.Expect(resident.GetByText("Your report is handled as a problem of its own again.")).ToBeVisibleAsync();
    }
}
