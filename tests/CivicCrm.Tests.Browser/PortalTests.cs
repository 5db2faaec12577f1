using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class PortalTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Resident_OpensTheHomePage_ReadsAPage_AndSwitchesToSpanish()
    {
        var (context, violations) = await PageChecks.NewContextUnderPolicyAsync(chromium.Browser, site.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "City of Riverton" })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How can we help?", Level = 1 })).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "portal-home");

        await page.GetByRole(AriaRole.Link, new() { Name = "How Riverton 311 works" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How Riverton 311 works", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main strong").First).ToHaveTextAsync("311"); // the Markdown's **311**
        await Chromium.ScreenshotAsync(page, "portal-page");

        await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es-US");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "How Riverton 311 works", Level = 1 })).ToBeVisibleAsync(); // back on the same page
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Principal" }).GetByRole(AriaRole.Link, new() { Name = "Inicio" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "¿Cómo podemos ayudarle?", Level = 1 })).ToBeVisibleAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Reportar un problema" }).First).ToBeVisibleAsync();
        await Chromium.ScreenshotAsync(page, "portal-home-es");

        await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en-US");
        Assert.Empty(violations);
        await context.CloseAsync();
    }

    [Fact]
    public async Task Resident_OnAPhone_OpensTheMenu()
    {
        var (context, violations) = await PageChecks.NewContextUnderPolicyAsync(chromium.Browser, site.BaseAddress,
            new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        var knowledgeBase = page.GetByRole(AriaRole.Link, new() { Name = "Knowledge base" });
        await Assertions.Expect(knowledgeBase).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Show menu" }).ClickAsync(); // needs the site's script, under the policy

        await Assertions.Expect(knowledgeBase).ToBeVisibleAsync();
        await page.Locator("#portal-nav.collapse.show").WaitForAsync(); // the menu has finished opening
        await Chromium.ScreenshotAsync(page, "portal-home-phone");
        Assert.Empty(violations);
        await context.CloseAsync();
    }

    [Fact]
    public async Task PortalHome_HasNoSeriousAccessibilityViolations_InEnglishOrSpanish()
    {
        var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);

        await page.GetByRole(AriaRole.Link, new() { Name = "Privacy" }).ClickAsync();
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);

        await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es-US");
        await page.GotoAsync("/");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);
        await context.CloseAsync();
    }
}
