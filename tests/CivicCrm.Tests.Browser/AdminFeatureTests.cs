using Microsoft.Playwright;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Browser;

public class AdminFeatureTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    private Task<IPage> SignedInPageAsync() => chromium.SignedInPageAsync(site.BaseAddress, "admin@localhost", SiteFactory.AdminPassword);

    [Fact]
    public async Task Administrator_DisablesAFeature_ItsMenuAndPageDisappear_ThenEnablesItAgain()
    {
        var page = await SignedInPageAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" });

        await nav.GetByRole(AriaRole.Link, new() { Name = "Features" }).ClickAsync();
        await Chromium.ScreenshotAsync(page, "admin-features");
        await page.GetByRole(AriaRole.Button, new() { Name = "Disable Recipes" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Disabled: CivicCrm.Recipes.");
        await Assertions.Expect(nav.GetByRole(AriaRole.Link, new() { Name = "Import and export" })).ToHaveCountAsync(0);
        var gone = await page.APIRequest.GetAsync("/admin/recipes");
        Assert.Equal(404, gone.Status);

        await page.GetByRole(AriaRole.Button, new() { Name = "Enable Recipes" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Enabled: CivicCrm.Recipes.");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Import and export" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Import and export", Level = 1 })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Administrator_ImportsABrokenRecipe_SeesEveryErrorAndNothingChanges()
    {
        var page = await SignedInPageAsync();
        await page.GotoAsync("/admin/recipes");
        var file = Path.Combine(Path.GetTempPath(), $"broken-{Guid.NewGuid():n}.recipe.json");
        await File.WriteAllTextAsync(file, """
            { "name": "broken", "steps": [
                { "name": "settings", "SiteName": "Never applied" },
                { "name": "teleport" },
                { "name": "features", "enable": [ "CivicCrm.Nope" ] } ] }
            """);

        await page.GetByLabel("Recipe file (.json)").SetInputFilesAsync(file);
        await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        var alert = page.GetByRole(AriaRole.Alert);
        await Assertions.Expect(alert).ToContainTextAsync("Nothing was applied.");
        await Assertions.Expect(alert).ToContainTextAsync("steps[1] (teleport) name: Unknown step 'teleport'");
        await Assertions.Expect(alert).ToContainTextAsync("steps[2] (features) enable[0]: No installed module provides the feature 'CivicCrm.Nope'.");
        await Chromium.ScreenshotAsync(page, "admin-recipes-import-errors");
        File.Delete(file);
    }
}
