using System.Text;
using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

/// <summary>An administrator migrates the previous system's requests through the import page.</summary>
public class ImportPageTests(BrowserSiteFactory site, Chromium chromium) : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Administrator_UploadsTheOldSystemsRequests_SeesWhatWasImported_AndWhichRowsToFix()
    {
        var run = Guid.NewGuid().ToString("n")[..8];
        var csv = $"""
            source_id,service_code,service_name,department_code,status,requested_datetime,closed_datetime,lat,long,address_string,description
            OLD-{run}-1,POTHOLE,Pothole,STREETS,closed,2025-03-02T09:15:00Z,2025-03-05T16:40:00Z,41.8781,-87.6298,1200 N Main St,Deep pothole
            OLD-{run}-2,SNOW-BERM-{run},Snow berm blocking driveway,STREETS,open,2025-12-20T07:00:00Z,,41.9001,-87.7002,15 Pine Ct,Plow left a berm
            OLD-{run}-3,POTHOLE,Pothole,STREETS,open,not-a-date,,41.8,-87.6,9 Elm St,Bad date
            """;
        var admin = await chromium.SignedInPageAsync(site.BaseAddress, "admin", SiteFactory.AdminPassword);
        await admin.GetByRole(AriaRole.Navigation, new() { Name = "Admin" }).GetByRole(AriaRole.Link, new() { Name = "Import requests" }).ClickAsync();

        await admin.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(admin.GetByText("Choose a file to import.")).ToBeVisibleAsync();
        await admin.GetByLabel("CSV with a header line, or JSON lines (.jsonl)").SetInputFilesAsync(new FilePayload
        {
            Name = "old-system.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await admin.GetByLabel("Create request types the city does not have yet", new() { Exact = false }).CheckAsync();
        await admin.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("2 imported");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("1 refused");
        await Assertions.Expect(admin.GetByText($"New request types, flagged for review: SNOW-BERM-{run}", new() { Exact = false })).ToBeVisibleAsync();
        var refused = admin.GetByRole(AriaRole.Row).Filter(new() { HasText = $"OLD-{run}-3" });
        await Assertions.Expect(refused).ToContainTextAsync("requested_datetime");
        await Chromium.ScreenshotAsync(admin, "admin-import");

        await admin.GetByLabel("CSV with a header line, or JSON lines (.jsonl)").SetInputFilesAsync(new FilePayload
        {
            Name = "old-system.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv),
        });
        await admin.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("0 imported");
        await Assertions.Expect(admin.GetByRole(AriaRole.Status)).ToContainTextAsync("2 already imported before");
    }
}
