using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

/// <summary>The call-taker screen: finding a returning caller, and open reports appearing while the address is typed.</summary>
public class IntakeScreenTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    private async Task<IPage> SignedInCallTakerAsync()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.FindByNameAsync("lena.calls") is null)
            {
                var user = new IdentityUser { UserName = "lena.calls", Email = "lena@riverton.example.gov", EmailConfirmed = true };
                Assert.True((await users.CreateAsync(user, "Phones-ring-2026")).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, "CallTaker")).Succeeded);
            }
        }

        return await chromium.SignedInPageAsync(site.BaseAddress, "lena.calls", "Phones-ring-2026");
    }

    private async Task<string> FileAsync(object request)
    {
        var response = await site.CreateApiClient().PostAsJsonAsync("/api/service-requests", request);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!["service_request_id"]!.GetValue<string>();
    }

    [Fact]
    public async Task CallTaker_FindsACallerByPhone_SeesTheirEarlierReportAndTheContactIsPrefilled()
    {
        var line = Random.Shared.Next(1000, 9999);
        var earlier = await FileAsync(new
        {
            service_code = "STREET-SWEEP", address_string = $"{line} Cedar Avenue", channel = "phone",
            name = "Ines Ortega", phone = $"(555) 013-{line}", email = $"ines{line}@example.org",
        });
        var page = await SignedInCallTakerAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Take a call" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Phone number or email of the caller")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync($"+1 555 013 {line}");
        await page.Keyboard.PressAsync("Enter");

        var reports = page.Locator("#caller-reports");
        await Assertions.Expect(reports).ToContainTextAsync(earlier);
        await Assertions.Expect(reports).ToContainTextAsync("Received");
        await Assertions.Expect(page.GetByText("Ines Ortega")).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByLabel("What is the call about?")).ToBeFocusedAsync();
        await page.Keyboard.TypeAsync("SNOW");
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.GetByLabel("Caller phone")).ToHaveValueAsync($"(555) 013-{line}");
        await Assertions.Expect(page.GetByLabel("Caller email")).ToHaveValueAsync($"ines{line}@example.org");
        await Assertions.Expect(page.GetByLabel("Caller name")).ToHaveValueAsync("Ines Ortega");
        await Chromium.ScreenshotAsync(page, "calltaker-caller-search");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);
    }

    [Fact]
    public async Task CallTaker_TypesTheAddress_AnOpenReportThereAppearsBeforeFiling_AndTheCallIsAddedToIt()
    {
        var address = $"{Random.Shared.Next(100, 9999)} Walnut Street";
        var earlier = await FileAsync(new { service_code = "HYDRANT", address_string = address, channel = "phone" });
        var page = await SignedInCallTakerAsync();
        await page.GotoAsync("/admin/intake?code=HYDRANT");

        await page.GetByLabel("Address or intersection").PressSequentiallyAsync(address.Replace("Street", "St", StringComparison.Ordinal), new() { Delay = 20 });

        var live = page.Locator("#live-candidates");
        await Assertions.Expect(live).ToBeVisibleAsync();
        await Assertions.Expect(live).ToContainTextAsync(earlier);
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "near this location" })).ToHaveCountAsync(1);
        await Chromium.ScreenshotAsync(page, "calltaker-live-candidates");
        await live.GetByRole(AriaRole.Button, new() { Name = $"Add to {earlier}" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status).Filter(new() { HasText = "Read the number back" })).ToContainTextAsync("under the existing problem");
    }
}
