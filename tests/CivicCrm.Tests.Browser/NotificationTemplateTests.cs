using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class NotificationTemplateTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Administrator_EditsATemplate_PreviewShowsTheRenderedText_ThenSaves()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin");
        await page.GetByLabel("User name or email").FillAsync("admin@localhost");
        await page.GetByLabel("Password").FillAsync(SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" });

        await nav.GetByRole(AriaRole.Link, new() { Name = "Email templates" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "request-status-changed" }).ClickAsync();
        await page.GetByLabel("Text body").FillAsync("Report {{ trackingNumber }} is {{ status | downcase }}. {{ publicNote }}");
        await page.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();

        await Assertions.Expect(page.GetByTestId("preview-text")).ToHaveTextAsync("Report RIV-4K7Q is in progress. A crew is scheduled for Tuesday morning.");
        await Assertions.Expect(page.GetByTestId("preview-subject")).ToHaveTextAsync("Your report RIV-4K7Q is now in progress");
        await Chromium.ScreenshotAsync(page, "admin-notification-template-preview");

        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The template request-status-changed was saved.");
        await Assertions.Expect(page.GetByLabel("Text body")).ToHaveValueAsync("Report {{ trackingNumber }} is {{ status | downcase }}. {{ publicNote }}");
    }
}
