using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class AdminDepartmentTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Administrator_CreatesADepartment_AndSeesItListed()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await page.GetByLabel("User name or email").FillAsync("admin");
        await page.GetByLabel("Password").FillAsync(SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" }).WaitForAsync();

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Departments" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Public Works – Streets" })).ToContainTextAsync("STREETS");
        await page.GetByRole(AriaRole.Link, new() { Name = "New department" }).ClickAsync();
        await page.GetByLabel("Code", new() { Exact = true }).FillAsync("LIBRARIES");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Riverton Public Library");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync("library@riverton.example.gov");
        await page.GetByLabel("Saturday").FillAsync("10:00-14:00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create department" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The department Riverton Public Library was saved.");
        var row = page.GetByRole(AriaRole.Row).Filter(new() { HasText = "Riverton Public Library" });
        await Assertions.Expect(row).ToContainTextAsync("Mon–Fri 08:00-17:00; Sat 10:00-14:00");
        await Chromium.ScreenshotAsync(page, "admin-departments");
    }
}
