using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public class SearchIndexAdminTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Administrator_SeesEachIndexOnThisNode_EditsSynonyms_AndRebuilds()
    {
        var page = await chromium.SignedInPageAsync(site.BaseAddress, "admin", SiteFactory.AdminPassword);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Search indexes" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "Search indexes", Exact = true }).WaitForAsync();
        var pages = page.GetByRole(AriaRole.Region, new() { Name = "site-pages" });
        // The follower opens this node's copy within about a second of start; reload until it has reported.
        for (var i = 0; i < 20 && !await pages.GetByText("(this node)").IsVisibleAsync(); i++)
        {
            await page.WaitForTimeoutAsync(250);
            await page.ReloadAsync();
        }

        var thisNode = pages.GetByRole(AriaRole.Row).Filter(new() { HasText = "(this node)" });
        await Assertions.Expect(thisNode).ToContainTextAsync("Ready");
        await Assertions.Expect(pages).ToContainTextAsync("Page");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);
        await Chromium.ScreenshotAsync(page, "admin-search-indexes");

        await pages.GetByRole(AriaRole.Link, new() { Name = "Synonyms" }).ClickAsync();
        var synonyms = page.GetByLabel("Synonyms");
        await Assertions.Expect(synonyms).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("street lamp, street light"));
        await synonyms.FillAsync("trash, garbage, refuse\nstreet lamp, street light\nlonely");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save synonyms" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("Line 3 ('lonely') needs at least two words");
        await Chromium.ScreenshotAsync(page, "admin-search-synonyms-error");

        await synonyms.FillAsync("trash, garbage, refuse\nstreet lamp, street light\nrats, rodents");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save synonyms" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("The synonyms of site-pages were saved (3 groups)");
        await Assertions.Expect(pages.GetByRole(AriaRole.Link, new() { Name = "Synonyms (3)" })).ToBeVisibleAsync();

        await page.GetByRole(AriaRole.Region, new() { Name = "knowledge-base" }).GetByRole(AriaRole.Button, new() { Name = "Rebuild" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Every node rebuilds its copy of knowledge-base in the background");
        // The page reloads itself while a rebuild runs; the copy is back to Ready once the new one is swapped in.
        for (var i = 0; i < 40 && !await page.GetByRole(AriaRole.Region, new() { Name = "knowledge-base" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "(this node)" }).GetByText("Ready").IsVisibleAsync(); i++)
        {
            await page.WaitForTimeoutAsync(250);
            await page.ReloadAsync();
        }

        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "knowledge-base" }).GetByRole(AriaRole.Row).Filter(new() { HasText = "(this node)" }))
            .ToContainTextAsync("Ready");
        await Chromium.ScreenshotAsync(page, "admin-search-indexes-rebuilt");
    }
}
