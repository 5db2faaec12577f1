using System.Net;
using CivicCrm.Tests.Support;
using static CivicCrm.Tests.Integration.Open311.Open311Wire;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>The Open311 admin page: saved settings take effect on the API at once; bad input is refused by field.</summary>
public class Open311AdminTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task SavingSettings_SetsJurisdictionBatchServicesAndDiscoveryContact()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var page = await admin.GetStringAsync("/admin/open311");
        Assert.Contains("/open311/discovery.xml", page, StringComparison.Ordinal);
        Assert.Contains("/admin/open311", await admin.GetStringAsync("/admin"), StringComparison.Ordinal);

        var saved = await admin.PostFormAsync("/admin/open311", "/admin/open311", new Dictionary<string, string>
        {
            ["JurisdictionId"] = "riverton.example.gov", ["RateLimit"] = "500", ["Contact"] = "open311@riverton.example.gov",
            ["Changeset"] = "2026-12-01T09:00:00-06:00", ["BatchServiceCodes"] = "BULKY",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        var client = site.CreateClient();
        await XmlErrorsAsync(await client.GetAsync($"{Base}/services.xml?jurisdiction_id=other.gov"), HttpStatusCode.NotFound);
        var services = await XmlAsync(await client.GetAsync($"{Base}/services.xml"), HttpStatusCode.OK, "services");
        Assert.Equal("batch", services.Elements("service").Single(s => s.Element("service_code")!.Value == "BULKY").Element("type")!.Value);
        var discovery = await XmlAsync(await client.GetAsync("/open311/discovery.xml"), HttpStatusCode.OK, "discovery");
        Assert.Equal("open311@riverton.example.gov", discovery.Element("contact")!.Value);
        Assert.StartsWith("2026-12-01T", discovery.Element("changeset")!.Value, StringComparison.Ordinal);
        Assert.Contains("checked", (await admin.GetStringAsync("/admin/open311")).Split("batch-BULKY")[1][..60], StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadSettings_Are400_NamingTheField()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var response = await admin.PostFormAsync("/admin/open311", "/admin/open311", new Dictionary<string, string>
        {
            ["RateLimit"] = "0", ["BatchServiceCodes"] = "NO-SUCH-SERVICE",
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("NO-SUCH-SERVICE", html, StringComparison.Ordinal);
        Assert.Contains("Rate limit", html, StringComparison.Ordinal);
    }
}
