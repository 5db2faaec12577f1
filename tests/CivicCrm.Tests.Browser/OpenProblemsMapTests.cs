using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

/// <summary>The public list and map of open problems, and the map used to place a report.</summary>
public class OpenProblemsMapTests(BrowserSiteFactory site, Chromium chromium)
    : IClassFixture<BrowserSiteFactory>, IClassFixture<Chromium>
{
    [Fact]
    public async Task Resident_SeesOpenProblemsInTheListAndOnTheMap_WithoutAnyonesPersonalData_AndNarrowsToAWard()
    {
        var address = $"{Random.Shared.Next(100, 9999)} Sycamore Street";
        var response = await site.CreateApiClient().PostAsJsonAsync("/api/service-requests", new
        {
            service_code = "WATER-LEAK", address_string = address, lat = 41.9012, @long = -87.6543, channel = "phone",
            description = "Call Mrs Alvarez back about the leak", email = "alvarez@example.org", name = "Rosa Alvarez",
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var (context, violations) = await PageChecks.NewContextUnderPolicyAsync(chromium.Browser, site.BaseAddress);
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Open problems" }).ClickAsync();
        await page.GetByLabel("Kind of problem").SelectOptionAsync("Water");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();

        await Assertions.Expect(page.Locator("#open-problems")).ToContainTextAsync(address);
        var map = page.Locator("[data-map-points]");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-map-ready", new System.Text.RegularExpressions.Regex("^[1-9]"));
        await Assertions.Expect(map.Locator("path.leaflet-interactive").First).ToBeVisibleAsync();
        await Assertions.Expect(map.Locator(".leaflet-control-scale")).ToBeVisibleAsync();
        var html = await page.ContentAsync();
        Assert.DoesNotContain("Alvarez", html, StringComparison.Ordinal);
        Assert.DoesNotContain("alvarez@example.org", html, StringComparison.Ordinal);
        Assert.Empty(violations); // Leaflet and the map script run under script-src 'self'
        await Chromium.ScreenshotAsync(page, "portal-open-problems");
        await PageChecks.AssertNoSeriousAccessibilityViolationsAsync(page);

        // Narrowed to the ward it is in, then to another ward.
        await page.GetByLabel("Ward").SelectOptionAsync(new SelectOptionValue { Label = "Ward 6 (North East)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator("#open-problems")).ToContainTextAsync(address);
        await page.GetByLabel("Ward").SelectOptionAsync(new SelectOptionValue { Label = "Ward 1 (South West)" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.GetByLabel("Ward")).ToHaveValueAsync("1");
        await Assertions.Expect(page.GetByText(address)).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Resident_ClicksTheMapOnTheReportForm_ThePointIsSet()
    {
        var (context, violations) = await PageChecks.NewContextUnderPolicyAsync(chromium.Browser, site.BaseAddress);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/requests/new/WATER-LEAK");

        var map = page.Locator("[data-map-input]");
        await Assertions.Expect(map).ToHaveAttributeAsync("data-map-ready", "input");
        await map.ClickAsync(new() { Position = new() { X = 120, Y = 80 } });

        var lat = await page.Locator("#lat").InputValueAsync();
        var lon = await page.Locator("#long").InputValueAsync();
        Assert.InRange(double.Parse(lat, CultureInfo.InvariantCulture), 41.8, 41.95);
        Assert.InRange(double.Parse(lon, CultureInfo.InvariantCulture), -87.7, -87.55);
        await Assertions.Expect(map.Locator("path.leaflet-interactive")).ToHaveCountAsync(1);
        Assert.Empty(violations);
        await Chromium.ScreenshotAsync(page, "portal-report-map");
    }
}
