using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class ServiceRequestTests(BrowserMailSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserMailSiteFactory>, IClassFixture<Chromium>
{
    private async Task<IPage> NewPageAsync() =>
        await (await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() })).NewPageAsync();

    /// <summary>The resident reports a pothole on the public site; returns the tracking number shown back.</summary>
    private static async Task<string> ReportPotholeAsync(IPage resident, string email, string? screenshotPrefix = null)
    {
        await resident.GotoAsync("/");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Report a problem" }).First.ClickAsync();
        await resident.GetByRole(AriaRole.Link, new() { Name = "Pothole" }).ClickAsync();
        await resident.GetByLabel("Larger than a car tire").CheckAsync();
        var street = $"{Random.Shared.Next(100, 9999)} W Division St";
        await resident.GetByLabel("Address or nearest intersection").FillAsync(street);
        await resident.GetByLabel("Email (for updates)").FillAsync(email);
        if (screenshotPrefix is not null)
        {
            await Chromium.ScreenshotAsync(resident, $"{screenshotPrefix}-report-form");
        }

        await resident.GetByRole(AriaRole.Button, new() { Name = "Send report" }).ClickAsync();
        await Assertions.Expect(resident.GetByRole(AriaRole.Status)).ToContainTextAsync("your report was received");
        if (screenshotPrefix is not null)
        {
            await Chromium.ScreenshotAsync(resident, $"{screenshotPrefix}-status-filed");
        }

        return (await resident.Locator(".tracking-number").First.TextContentAsync())!.Trim();
    }

    [Fact]
    public async Task Resident_Reports_StaffResolvesWithAPublicNote_ResidentSeesItAndGetsTheEmail()
    {
        var resident = await NewPageAsync();
        var tracking = await ReportPotholeAsync(resident, "lena@example.org", "resident");

        var staff = await chromium.SignedInPageAsync(site.BaseAddress, "admin", SiteFactory.AdminPassword);
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

    [Fact]
    public async Task DepartmentStaff_AcknowledgesFromTheQueue_ClosesWithAPublicNote_ResidentGetsTheEmail()
    {
        // m.reyes is on the Streets department's staff in the demo recipe, which owns potholes; the recipe made the
        // account without a password, so the administrator sets one.
        var admin = await chromium.SignedInPageAsync(site.BaseAddress, "admin", SiteFactory.AdminPassword);
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await admin.GetByRole(AriaRole.Link, new() { Name = "m.reyes", Exact = true }).ClickAsync();
        await admin.GetByLabel("New password").FillAsync("Streets-pass-2026");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("The account m.reyes was saved.");

        var resident = await NewPageAsync();
        var tracking = await ReportPotholeAsync(resident, "omar@example.org");

        var staff = await chromium.SignedInPageAsync(site.BaseAddress, "m.reyes", "Streets-pass-2026");
        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Department queue" }).ClickAsync();
        await Assertions.Expect(staff.GetByLabel("Department", new() { Exact = true }).Locator("option")).ToHaveTextAsync(["All of mine", "STREETS"]);
        await staff.GetByLabel($"Select {tracking}").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Acknowledge selected" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("1 work item(s) acknowledged.");
        await Assertions.Expect(staff.GetByRole(AriaRole.Row).Filter(new() { HasText = tracking })).ToContainTextAsync("Acknowledged");
        await Chromium.ScreenshotAsync(staff, "staff-queue");

        await staff.GetByRole(AriaRole.Link, new() { Name = tracking }).ClickAsync();
        await staff.GetByLabel("New status").SelectOptionAsync("Closed");
        await staff.GetByLabel("Note", new() { Exact = true }).FillAsync("Patched by the Streets crew; thank you for telling us.");
        await staff.GetByLabel("Public note").CheckAsync();
        await staff.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(staff.GetByRole(AriaRole.Status)).ToContainTextAsync("Subscribers were told.");

        var email = await site.Smtp.WaitForMessageAsync(m => m.To.ToString().Contains("omar@example.org", StringComparison.Ordinal) && (m.Subject ?? "").Contains("closed", StringComparison.Ordinal));
        Assert.Contains(tracking, email.Subject, StringComparison.Ordinal);
        Assert.Contains("Patched by the Streets crew; thank you for telling us.", email.TextBody, StringComparison.Ordinal);
    }
}
