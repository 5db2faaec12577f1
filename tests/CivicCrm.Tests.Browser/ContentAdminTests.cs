using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

public partial class ContentAdminTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [GeneratedRegex("/admin/content/Page/[0-9A-Za-z]{26}$")]
    private static partial Regex EditorUrl();

    private Task<IPage> SignedInPageAsync(string login = "admin@localhost", string password = SiteFactory.AdminPassword) =>
        chromium.SignedInPageAsync(site.BaseAddress, login, password);

    [Fact]
    public async Task Administrator_AddsAFieldToAType_EditorFillsItAndPublishes()
    {
        var page = await SignedInPageAsync();
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" });
        var main = page.Locator("main");

        // The administrator adds a "Ward" number field to the Page type.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Content types" }).ClickAsync();
        await main.GetByRole(AriaRole.Link, new() { Name = "Page", Exact = true }).ClickAsync();
        await main.GetByRole(AriaRole.Link, new() { Name = "Add a field" }).ClickAsync();
        await page.GetByLabel("Technical name").FillAsync("Ward");
        await page.GetByLabel("Display name").FillAsync("Ward");
        await page.GetByLabel("Field type").SelectOptionAsync("Number");
        await page.GetByLabel("Minimum", new() { Exact = true }).FillAsync("1");
        await page.GetByLabel("Maximum", new() { Exact = true }).FillAsync("50");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add field" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Added the field Ward.");
        await Chromium.ScreenshotAsync(page, "content-type-page");

        // An editor of the communications team writes a page with it and publishes.
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var editor = new IdentityUser { UserName = "wu.editor", Email = "wu@riverton.example.gov", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(editor, "Comms-team-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(editor, "Editor")).Succeeded);
        }

        page = await SignedInPageAsync("wu.editor", "Comms-team-2026");
        nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Admin" });
        main = page.Locator("main");
        await nav.GetByRole(AriaRole.Link, new() { Name = "Content items" }).ClickAsync();
        await main.GetByRole(AriaRole.Navigation, new() { Name = "Content types" }).GetByRole(AriaRole.Link, new() { Name = "Page" }).ClickAsync();
        await main.GetByRole(AriaRole.Link, new() { Name = "New Page" }).ClickAsync();
        await page.Locator("#f-TitlePart-Title").FillAsync("Ward offices");
        await page.Locator("#f-Page-Body").FillAsync("Each ward has an **office** at City Hall.");
        await page.Locator("#f-Page-Ward").FillAsync("7");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(page.Locator("#f-Page-Body-preview strong")).ToHaveTextAsync("office");
        await Chromium.ScreenshotAsync(page, "content-editor");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Publish" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Published “Ward offices”.");
        await Assertions.Expect(page).ToHaveURLAsync(EditorUrl());
        var id = page.Url.Split('/')[^1];

        var stored = await page.APIRequest.GetAsync($"/api/content-items/{id}");
        Assert.Equal(200, stored.Status);
        var json = JsonDocument.Parse(await stored.TextAsync()).RootElement;
        Assert.True(json.GetProperty("published").GetBoolean());
        Assert.Equal(7m, json.GetProperty("content").GetProperty("Page").GetProperty("Ward").GetDecimal());

        // Residents see it on the public site.
        var resident = await (await chromium.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = site.BaseAddress.ToString() })).NewPageAsync();
        await resident.GotoAsync("/");
        await resident.GetByRole(AriaRole.Link, new() { Name = "Ward offices" }).ClickAsync();
        await Assertions.Expect(resident.Locator("main strong", new() { HasText = "office" })).ToBeVisibleAsync();

        await page.GotoAsync("/admin/content/Page");
        var row = page.Locator($"tr[data-content-item-id='{id}']");
        await Assertions.Expect(row).ToContainTextAsync("Ward offices");
        await Assertions.Expect(row).ToContainTextAsync("Published");
        await Chromium.ScreenshotAsync(page, "content-list");

        // A second version, then the diff between them.
        await row.GetByRole(AriaRole.Link, new() { Name = "Ward offices" }).ClickAsync();
        await page.Locator("#f-Page-Ward").FillAsync("8");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Saved a draft");
        await page.GetByRole(AriaRole.Link, new() { Name = "Version history" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Compare the chosen versions" }).ClickAsync();
        var ward = page.Locator("tr.changed", new() { HasText = "Ward" });
        await Assertions.Expect(ward.Locator("td.old")).ToHaveTextAsync("7");
        await Assertions.Expect(ward.Locator("td.new")).ToHaveTextAsync("8");
        await Chromium.ScreenshotAsync(page, "content-diff");
    }
}
