using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

public class FeatureTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private static readonly string[] Recipes = ["CivicCrm.Recipes"];

    [Fact]
    public async Task DisablingAFeature_RemovesItsRoutesMenuPermissionsAndSteps_UntilEnabledAgain()
    {
        var api = site.CreateApiClient();
        var browser = site.CreateBrowserClient();
        await browser.SignInAsync();
        try
        {
            var disabled = await api.PostAsJsonAsync("/api/features/disable", new { featureIds = Recipes });
            Assert.Equal(HttpStatusCode.OK, disabled.StatusCode);

            Assert.Equal(HttpStatusCode.NotFound, (await api.GetAsync("/api/recipes/steps")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync("/admin/recipes")).StatusCode);
            Assert.DoesNotContain("href=\"/admin/recipes\"", await browser.GetStringAsync("/admin"), StringComparison.Ordinal);
            var features = await api.GetFromJsonAsync<JsonElement>("/api/features");
            Assert.False(features.EnumerateArray().Single(f => f.GetProperty("id").GetString() == "CivicCrm.Recipes").GetProperty("enabled").GetBoolean());
        }
        finally
        {
            var enabled = await api.PostAsJsonAsync("/api/features/enable", new { featureIds = Recipes });
            Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await api.GetAsync("/api/recipes/steps")).StatusCode);
        Assert.Contains("href=\"/admin/recipes\"", await browser.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FeaturesPage_DisableAndEnableThroughTheForm()
    {
        var browser = site.CreateBrowserClient();
        await browser.SignInAsync();

        var disable = await browser.PostFormAsync("/admin/features", "/admin/features/disable", new Dictionary<string, string> { ["featureId"] = "CivicCrm.Recipes" });
        Assert.Equal(HttpStatusCode.Redirect, disable.StatusCode);
        var page = await browser.GetStringAsync("/admin/features");
        Assert.Contains("Disabled: CivicCrm.Recipes.", page, StringComparison.Ordinal);

        var enable = await browser.PostFormAsync("/admin/features", "/admin/features/enable", new Dictionary<string, string> { ["featureId"] = "CivicCrm.Recipes" });
        Assert.Equal(HttpStatusCode.Redirect, enable.StatusCode);
        Assert.Contains("Enabled: CivicCrm.Recipes.", await browser.GetStringAsync("/admin/features"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingAnAlwaysEnabledFeature_Answers409()
    {
        var response = await site.CreateApiClient().PostAsJsonAsync("/api/features/disable", new { featureIds = new[] { "CivicCrm.Users" } });

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("CivicCrm.Users", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnablingAnUnknownFeature_Answers400NamingIt()
    {
        var response = await site.CreateApiClient().PostAsJsonAsync("/api/features/enable", new { featureIds = new[] { "CivicCrm.Nope" } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Unknown feature 'CivicCrm.Nope'", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
