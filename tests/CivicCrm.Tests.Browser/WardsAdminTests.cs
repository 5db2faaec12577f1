using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

/// <summary>An administrator keeps the council wards: the list with open problems, a new ward with its boundary, a new representative.</summary>
public class WardsAdminTests(BrowserSiteFactory site, Chromium chromium) : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Administrator_AddsAWard_IsToldWhatIsWrongWithTheBoundary_AndChangesARepresentative()
    {
        var admin = await chromium.SignedInPageAsync(site.BaseAddress, "admin", SiteFactory.AdminPassword);
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Wards" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Link, new() { Name = "Ward 5 (North West)", Exact = true })).ToBeVisibleAsync();

        await admin.GetByRole(AriaRole.Link, new() { Name = "New ward" }).ClickAsync();
        await admin.GetByLabel("Code").FillAsync("7");
        await admin.GetByLabel("Name").FillAsync("Ward 7 (Lakefront)");
        await admin.GetByLabel("Representative").FillAsync("Ald. Nora Fitzgerald");
        await admin.GetByLabel("Boundary").FillAsync("[[-87.52, 41.64], [-87.50, 41.64]]");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save ward" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Give at least three [longitude, latitude] points")).ToBeVisibleAsync();
        await admin.GetByLabel("Boundary").FillAsync("[[-87.52, 41.64], [-87.50, 41.64], [-87.50, 42.03], [-87.52, 42.03]]");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save ward" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("Ward 7 (Lakefront) saved.");
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ward 7 (Lakefront)" })).ToContainTextAsync("Ald. Nora Fitzgerald");

        await admin.GetByRole(AriaRole.Link, new() { Name = "Ward 1 (South West)", Exact = true }).ClickAsync();
        await Assertions.Expect(admin.GetByLabel("Code")).Not.ToBeEditableAsync();
        await admin.GetByLabel("Representative").FillAsync("Ald. Marcus Webb");
        await admin.GetByRole(AriaRole.Button, new() { Name = "Save ward" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Row).Filter(new() { HasText = "Ward 1 (South West)" })).ToContainTextAsync("Ald. Marcus Webb");
        await Chromium.ScreenshotAsync(admin, "admin-wards");
    }
}
