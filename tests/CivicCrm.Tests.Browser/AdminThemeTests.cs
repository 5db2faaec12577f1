using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class AdminThemeTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    private static async Task SignInAsync(IPage page)
    {
        await page.GotoAsync("/admin");
        await page.GetByLabel("User name or email").FillAsync("admin@localhost");
        await page.GetByLabel("Password").FillAsync(SiteFactory.AdminPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard" }).WaitForAsync();
    }

    [Fact]
    public async Task SignInAndDashboard_HaveNoSeriousAccessibilityViolations()
    {
        var (context, violations) = await PageChecks.NewContextUnderPolicyAsync(chromium.Browser, site.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/admin/login");
        await Chromium.ScreenshotAsync(page, "admin-login");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);

        await SignInAsync(page);
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "City of Riverton" })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "admin-dashboard");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);

        await page.GotoAsync("/admin/features");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" })).ToContainTextAsync("Configuration");
        await Assertions.Expect(page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Features" }))
            .ToHaveAttributeAsync("aria-current", "page");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);
        Assert.Empty(violations);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Staff_OnAPhone_OpensTheSidebarFromTheToggle()
    {
        var (context, violations) = await PageChecks.NewContextUnderPolicyAsync(chromium.Browser, site.BaseAddress,
            new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await SignInAsync(page);
        var features = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Features" });
        await Assertions.Expect(features).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Show navigation" }).ClickAsync();

        await Assertions.Expect(features).ToBeVisibleAsync();
        await page.Locator("#admin-sidebar.show:not(.showing)").WaitForAsync(); // the slide-in has finished
        await Chromium.ScreenshotAsync(page, "admin-phone-menu");
        await features.ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Features", Level = 1 })).ToBeVisibleAsync();
        Assert.Empty(violations);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_SkipLinkIsTheFirstStop_AndMovesFocusToTheContent()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");

        await page.Keyboard.PressAsync("Tab");
        var skip = page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Assertions.Expect(skip).ToBeFocusedAsync();
        await Assertions.Expect(skip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(page.Locator("main")).ToBeFocusedAsync();
        await context.CloseAsync();
    }
}
