using System.Net;
using System.Text.Json;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

public class HostTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [Fact]
    public async Task Health_ReportsDatabaseHealthy()
    {
        var response = await site.CreateClient().GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("Healthy", json.RootElement.GetProperty("checks").GetProperty("database").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Health_ReportsTheBackgroundWorkers_OnceTheyHaveRun()
    {
        // The search follower runs every second; its first runs show within a few.
        string? description = null;
        for (var attempt = 0; attempt < 50 && description?.Contains("search-indexing", StringComparison.Ordinal) != true; attempt++)
        {
            await Task.Delay(200);
            using var json = JsonDocument.Parse(await site.CreateClient().GetStringAsync("/health"));
            var workers = json.RootElement.GetProperty("checks").GetProperty("workers");
            Assert.Equal("Healthy", workers.GetProperty("status").GetString());
            description = workers.GetProperty("description").GetString();
        }

        Assert.Contains("search-indexing", description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstRun_SeededTheDemoCityPages()
    {
        using var json = JsonDocument.Parse(await site.CreateApiClient().GetStringAsync("/api/content-items?type=Page&status=published"));

        var titles = json.RootElement.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("displayText").GetString()).ToList();
        Assert.Contains("How Riverton 311 works", titles);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-0123456789abcdefghijkl")]
    public async Task Api_WithoutValidKey_Answers401(string? key)
    {
        var client = key is null ? site.CreateClient() : site.CreateApiClient(key);

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/content-items")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsync("/api/features/disable", null)).StatusCode);
    }

    [Fact]
    public async Task Admin_Anonymous_IsSentToSignIn()
    {
        var response = await site.CreateBrowserClient().GetAsync("/admin/features");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("admin")]
    [InlineData("admin@localhost")]
    public async Task Administrator_SignsInWithUserNameOrEmail_AndSeesTheMenu(string login)
    {
        var client = site.CreateBrowserClient();

        await client.SignInAsync(login);

        var dashboard = await client.GetStringAsync("/admin");
        Assert.Contains("href=\"/admin/features\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/recipes\"", dashboard, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_ShowsAMessageAndNoCookie()
    {
        var client = site.CreateBrowserClient();

        var response = await client.PostFormAsync("/admin/login", "/admin/login",
            new Dictionary<string, string> { ["Login"] = "admin", ["Password"] = "not-the-password" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("The user name, email or password is not right.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/admin")).StatusCode);
    }

    [Fact]
    public async Task Pages_CarrySecurityHeaders_CspWithoutInlineScript()
    {
        var response = await site.CreateBrowserClient().GetAsync("/admin/login");

        var csp = response.Headers.GetValues("Content-Security-Policy").Single();
        Assert.Contains("script-src 'self';", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("strict-origin-when-cross-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task OpenApiDocument_DescribesTheApi()
    {
        var document = await site.CreateClient().GetStringAsync("/openapi/v1.json");

        Assert.Contains("/api/content-items", document, StringComparison.Ordinal);
        Assert.Contains("/api/features", document, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FormPost_WithoutAntiforgeryToken_IsRefused()
    {
        var client = site.CreateBrowserClient();
        await client.SignInAsync();

        var response = await client.PostAsync("/admin/features/disable",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["featureId"] = "CivicCrm.Recipes" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateApiClient().GetAsync("/api/recipes/steps")).StatusCode); // still enabled
    }
}
