using System.Diagnostics;
using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Indexing;
using CivicCrm.Search;
using CivicCrm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration.Search;

/// <summary>
/// Two application instances on one PostgreSQL database, each with its own index folder: a page published on one
/// node is found on the other by that node's journal follower alone (no catch-up call), within a few seconds.
/// </summary>
public class TwoNodeSearchTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    [PostgresFact]
    public async Task PublishedOnNodeA_IsFoundOnNodeB_AndUnpublishedOnB_IsGoneOnA()
    {
        var database = TestDatabase.CreatePostgres(Environment.GetEnvironmentVariable("CIVICCRM_TEST_POSTGRES")!);
        var a = new Node(database, "node-a");
        var b = new Node(database, "node-b");
        try
        {
            await a.InitializeAsync(); // runs first-run setup on the empty database
            await b.InitializeAsync();
            var word = "saffronite" + Guid.NewGuid().ToString("n")[..6];

            var page = await a.InScopeAsync(async services =>
            {
                var contents = services.GetRequiredService<IContentManager>();
                var item = await contents.NewAsync("Page");
                item.Apply(new TitlePart { Title = $"Bulk pickup {word}" });
                item.SetField("Page", "Body", JsonValue.Create("Book a bulk pickup for sofas and mattresses."));
                return await contents.CreateAsync(item, publish: true);
            });

            Assert.True(await b.EventuallyAsync(word, found: true), $"node-b did not find the page within {Patience}.");

            await b.InScopeAsync(services => services.GetRequiredService<IContentManager>().UnpublishAsync(page.ContentItemId));

            Assert.True(await a.EventuallyAsync(word, found: false), $"node-a still found the unpublished page after {Patience}.");
            var statuses = await a.InScopeAsync(services => services.GetRequiredService<ISearchIndexMonitor>().GetStatusAsync());
            Assert.Contains(statuses, s => s is { Node: "node-a", IndexName: "site-pages" });
            Assert.True(await Eventually(async () => (await a.InScopeAsync(services => services.GetRequiredService<ISearchIndexMonitor>().GetStatusAsync()))
                .Any(s => s is { Node: "node-b", IndexName: "site-pages" })), "node-a's admin never saw node-b's report.");
        }
        finally
        {
            await ((IAsyncLifetime)b).DisposeAsync();
            await ((IAsyncLifetime)a).DisposeAsync();
            await database.DropAsync();
        }
    }

    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < Patience)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }

    private sealed class Node(TestDatabase database, string name) : SiteFactory(database, ownsDatabase: false)
    {
        protected override IEnumerable<KeyValuePair<string, string>> Settings =>
        [
            new("CivicCrm:Search:NodeName", name),
            new("CivicCrm:Search:PollSeconds", "0.2"),
        ];

        public async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
        {
            await using var scope = Services.CreateAsyncScope();
            return await action(scope.ServiceProvider);
        }

        /// <summary>Searches this node's copy, as its follower keeps it, until the word is (or is no longer) found.</summary>
        public Task<bool> EventuallyAsync(string word, bool found) => Eventually(async () =>
        {
            var results = await InScopeAsync(services => services.GetRequiredService<ISearchService>()
                .SearchAsync("site-pages", new SearchQuery { Text = word }));
            return results.Total > 0 == found;
        });
    }
}
