using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class CallTakerTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    private async Task<IPage> SignedInCallTakerAsync()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.FindByNameAsync("sam.calls") is null)
            {
                var user = new IdentityUser { UserName = "sam.calls", Email = "sam@riverton.example.gov", EmailConfirmed = true };
                Assert.True((await users.CreateAsync(user, "Phones-ring-2026")).Succeeded);
                Assert.True((await users.AddToRoleAsync(user, "CallTaker")).Succeeded);
            }
        }

        return await chromium.SignedInPageAsync(site.BaseAddress, "sam.calls", "Phones-ring-2026");
    }

    private static async Task FileRatsCallAsync(IPage page, string address)
    {
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Take a call" }).ClickAsync();
        await page.GetByLabel("What is the call about?").FillAsync("RODENTS");
        await page.Keyboard.PressAsync("Enter");
        await page.GetByLabel("Alley").CheckAsync();
        await page.GetByLabel("Address or intersection").FillAsync(address);
        await page.GetByLabel("Caller phone").FillAsync("555-0142");
    }

    [Fact]
    public async Task CallTaker_FilesARodentReport_NextCallerAtTheSameAddressSeesTheDuplicateWarning()
    {
        var page = await SignedInCallTakerAsync();
        var address = $"{Random.Shared.Next(100, 9999)} S Halsted St";

        await FileRatsCallAsync(page, address);
        await Assertions.Expect(page.GetByText("If filed now, the caller is promised")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "File the request" }).ClickAsync();
        var notice = page.GetByRole(AriaRole.Status);
        await Assertions.Expect(notice).ToContainTextAsync("Read the number back to the caller.");
        var first = System.Text.RegularExpressions.Regex.Match((await notice.TextContentAsync())!, "Filed ([0-9A-Z]{4}-[0-9A-Z]{4})").Groups[1].Value;

        await FileRatsCallAsync(page, address.Replace(" St", " Street", StringComparison.Ordinal));
        await page.GetByRole(AriaRole.Button, new() { Name = "File the request" }).ClickAsync();
        var warning = page.GetByRole(AriaRole.Alert).Filter(new() { HasText = "Possible duplicates" });
        await Assertions.Expect(warning).ToContainTextAsync(first);
        await Chromium.ScreenshotAsync(page, "calltaker-duplicate-warning");
        await warning.GetByRole(AriaRole.Button, new() { Name = $"Add to {first}" }).ClickAsync();
        await Assertions.Expect(notice).ToContainTextAsync("under the existing problem");
    }
}
