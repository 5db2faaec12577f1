using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class ServiceRequestTests(BrowserMailSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserMailSiteFactory>, IClassFixture<Chromium>
{
    private async Task<IPage> NewPageAsync() =>
        await (await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() })).NewPageAsync();

    [Fact]
    public async Task Resident_Reports_StaffResolvesWithAPublicNote_ResidentSeesItAndGetsTheEmail()
    {
        var resident = await NewPageAsync();
        await resident.GotoAsync("/");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Report a problem" }).First.ClickAsync();
        await resident.GetByRole(AriaRole.Link, new() { Name = "Pothole" }).ClickAsync();
        await resident.GetByLabel("Larger than a car tire").CheckAsync();
        var street = $"{Random.Shared.Next(100, 9999)} W Division St";
        await resident.GetByLabel("Address or nearest intersection").FillAsync(street);
        await resident.GetByLabel("Email (for updates)").FillAsync("lena@example.org");
        await Chromium.ScreenshotAsync(resident, "resident-report-form");
        await resident.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();

        await Assertions.Expect(resident.GetByRole(AriaRole.Status)).ToContainTextAsync("your report was received");
        var tracking = (await resident.Locator(".tracking-number").First.TextContentAsync())!.Trim();
        await Chromium.ScreenshotAsync(resident, "resident-status-filed");

        var staff = await NewPageAsync();
        await staff.GotoAsync("/admin/login");
        await staff.GetByLabel("User name or email").FillAsync("admin");
        await staff.GetByLabel("Password").FillAsync(SiteFactory.AdminPassword);
        await staff.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Department queue" }).ClickAsync();
        await staff.GetByRole(AriaRole.Link, new() { Name = tracking }).ClickAsync();
        await staff.GetByLabel("New status").SelectOptionAsync("Resolved");
        await staff.GetByLabel("Note", new() { Exact = true }).FillAsync("Filled with hot asphalt this morning.");
        await staff.GetByLabel("Public note").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Subscribers were told.");
        await Chromium.ScreenshotAsync(staff, "staff-request-detail");

        await resident.ReloadAsync();
        await Assertions.Expect(resident.Locator(".request-status")).ToHaveTextAsync("Resolved");
        await Assertions.Expect(resident.GetByText("Filled with hot asphalt this morning.")).ToBeVisibleAsync();
        var email = await site.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains("lena@example.org", StringComparison.Ordinal) && (m.Subject ?? "").Contains("resolved", StringComparison.Ordinal));
        Assert.Contains("Filled with hot asphalt this morning.", email.TextBody, StringComparison.Ordinal);
    }
}
