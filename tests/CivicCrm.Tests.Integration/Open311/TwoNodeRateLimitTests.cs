using System.Net;
using CivicCrm.Tests.Integration.Search;
using CivicCrm.Tests.Support;
using static CivicCrm.Tests.Integration.Open311.Open311Wire;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>Two application instances on one PostgreSQL database share one limit per API key, not one each.</summary>
public class TwoNodeRateLimitTests
{
    [PostgresFact]
    public async Task CallsOnBothNodes_CountTowardsOneLimit()
    {
        var database = TestDatabase.CreatePostgres(Environment.GetEnvironmentVariable("CIVICCRM_TEST_POSTGRES")!);
        var a = new Node(database);
        var b = new Node(database);
        try
        {
            await a.InitializeAsync(); // runs first-run setup on the empty database
            await b.InitializeAsync();
            var url = $"{Base}/services.xml?api_key={SiteFactory.ApiKey}";

            await XmlAsync(await a.CreateClient().GetAsync(url), HttpStatusCode.OK, "services");
            await XmlAsync(await b.CreateClient().GetAsync(url), HttpStatusCode.OK, "services");
            await XmlAsync(await a.CreateClient().GetAsync(url), HttpStatusCode.OK, "services");
            var fourth = await b.CreateClient().GetAsync(url);

            Assert.Contains("at most 3", (await XmlErrorsAsync(fourth, (HttpStatusCode)429))[0], StringComparison.Ordinal);
        }
        finally
        {
            await ((IAsyncLifetime)b).DisposeAsync();
            await ((IAsyncLifetime)a).DisposeAsync();
            await database.DropAsync();
        }
    }

    private sealed class Node(TestDatabase database) : SiteFactory(database, ownsDatabase: false)
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("CivicCrm:Open311:RateLimit", "3"),
            new("CivicCrm:Open311:RateLimitWindowSeconds", "3600"),
        ];
    }
}
