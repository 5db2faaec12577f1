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
        var a = new Node(database, "node-a", 3);
        var b = new Node(database, "node-b", 3);
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

    [PostgresFact]
    public async Task NodesTakingPermitsInBlocks_NeverLetMoreThanTheLimitThroughTogether()
    {
        var database = TestDatabase.CreatePostgres(Environment.GetEnvironmentVariable("CIVICCRM_TEST_POSTGRES")!);
        var a = new Node(database, "node-a", 300); // blocks of 3
        var b = new Node(database, "node-b", 300);
        try
        {
            await a.InitializeAsync();
            await b.InitializeAsync();
            var url = $"{Base}/services.json?api_key={SiteFactory.ApiKey}";
            var allowed = 0;
            for (var i = 0; i < 340; i++)
            {
                var node = i % 3 == 0 ? b : a;
                allowed += (await node.CreateClient().GetAsync(url)).StatusCode == HttpStatusCode.OK ? 1 : 0;
            }

            // Permits a node took and did not spend make the city refuse a little early, never late.
            Assert.InRange(allowed, 300 - 2 * 3, 300);
        }
        finally
        {
            await ((IAsyncLifetime)b).DisposeAsync();
            await ((IAsyncLifetime)a).DisposeAsync();
            await database.DropAsync();
        }
    }

    /// <summary>One app instance; each node names itself, as each keeps its own search index.</summary>
    private sealed class Node(TestDatabase database, string name, int limit) : SiteFactory(database, ownsDatabase: false)
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("CivicCrm:Search:NodeName", name),
            new("CivicCrm:Open311:RateLimit", limit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            new("CivicCrm:Open311:RateLimitWindowSeconds", "3600"),
        ];
    }
}
