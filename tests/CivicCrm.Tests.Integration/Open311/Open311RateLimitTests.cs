using System.Net;
using System.Net.Http.Json;
using CivicCrm.Tests.Support;
using static CivicCrm.Tests.Integration.Open311.Open311Wire;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>Over the per-key limit, calls are answered 429 with the spec's error list; another key is not affected.</summary>
public class Open311RateLimitTests(RateLimitedSiteFactory site) : IClassFixture<RateLimitedSiteFactory>
{
    [Fact]
    public async Task FourthCallInTheWindow_Is429WithErrorList_OtherKeysGoOn()
    {
        var client = site.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await XmlAsync(await client.GetAsync($"{Base}/services.xml?api_key={SiteFactory.ApiKey}"), HttpStatusCode.OK, "services");
        }

        var refused = await client.GetAsync($"{Base}/services.xml?api_key={SiteFactory.ApiKey}");
        Assert.Contains("at most 3", (await XmlErrorsAsync(refused, (HttpStatusCode)429))[0], StringComparison.Ordinal);
        Assert.True(refused.Headers.RetryAfter is not null);
        await JsonErrorsAsync(await client.GetAsync($"{Base}/services.json?api_key={SiteFactory.ApiKey}"), (HttpStatusCode)429);

        var created = await site.CreateApiClient().PostAsJsonAsync("/api/api-keys", new { name = "second-app", role = "Administrator" });
        var other = (await created.Content.ReadFromJsonAsync<System.Text.Json.Nodes.JsonObject>())!["key"]!.GetValue<string>();
        await XmlAsync(await client.GetAsync($"{Base}/services.xml?api_key={other}"), HttpStatusCode.OK, "services");
    }
}
