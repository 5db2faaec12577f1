using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class Open311AdminTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Administrator_ConfiguresOpen311_AndAppsSeeTheBatchService()
    {
        var page = await chromium.SignedInPageAsync(site.BaseAddress, "admin", SiteFactory.AdminPassword);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Open311" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Open311", Exact = true }).WaitForAsync();
        await Assertions.Expect(page.GetByTestId("discovery-url")).ToContainTextAsync("/open311/discovery.xml");
        await page.GetByLabel("Jurisdiction id").FillAsync("riverton.example.gov");
        await page.GetByLabel("Rate limit (requests per key per window)").FillAsync("300");
        await page.GetByLabel("Discovery contact").FillAsync("open311@riverton.example.gov");
        await page.GetByLabel("Bulky item pickup BULKY").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The Open311 settings were saved.");
        await Assertions.Expect(page.GetByLabel("Bulky item pickup BULKY")).ToBeCheckedAsync();
        await Assertions.Expect(page.GetByText("riverton.example.gov").Last).ToBeVisibleAsync();
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);
        await Chromium.ScreenshotAsync(page, "admin-open311");

        var services = await page.Context.APIRequest.GetAsync(site.BaseAddress + "open311/v2/services.json?jurisdiction_id=riverton.example.gov");
        Assert.Equal(200, services.Status);
        Assert.Contains("\"service_code\":\"BULKY\"", (await services.TextAsync()).Replace(" ", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("\"type\":\"batch\"", await services.TextAsync(), StringComparison.Ordinal);
    }
}
