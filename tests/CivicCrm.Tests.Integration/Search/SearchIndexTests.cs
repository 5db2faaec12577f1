using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Search;
using CivicCrm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration.Search;

/// <summary>
/// The demo recipe's <c>site-pages</c> index maps the Page type by source paths (no contributor): what is published is
/// searchable once <see cref="ISearchService.CatchUpAsync"/> returns, and nothing else ever is.
/// </summary>
public class SearchIndexTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string Index = "site-pages";

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> action)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    private Task<ContentItem> CreatePageAsync(string title, string body, bool publish) => InScopeAsync(async services =>
    {
        var contents = services.GetRequiredService<IContentManager>();
        var page = await contents.NewAsync("Page");
        page.Apply(new TitlePart { Title = title });
        page.SetField("Page", "Body", JsonValue.Create(body));
        page.SetField("Page", "Summary", JsonValue.Create("A page written by a test."));
        return await contents.CreateAsync(page, publish);
    });

    private Task<SearchResults> SearchAsync(string text) => InScopeAsync(async services =>
    {
        var search = services.GetRequiredService<ISearchService>();
        await search.CatchUpAsync();
        return await search.SearchAsync(Index, new SearchQuery { Text = text, FacetFields = ["audience"] });
    });

    [Fact]
    public async Task PublishedPage_IsFoundAfterCatchUp_AndGoneOnceUnpublished()
    {
        var word = "zephyrine" + Guid.NewGuid().ToString("n")[..6];
        var page = await CreatePageAsync($"Leaf collection {word}", "Bag your leaves and put them at the curb on Monday.", publish: true);

        var found = await SearchAsync(word);

        var hit = Assert.Single(found.Hits);
        Assert.Equal(page.ContentItemId, hit.ContentItemId);
        Assert.Equal("Page", hit.ContentType);
        Assert.Equal($"Leaf collection {word}", hit.Stored["title"]);
        Assert.Contains("<mark>", hit.Highlights["title"][0], StringComparison.Ordinal);
        Assert.Equal([new FacetValue("public", 1)], found.Facets["audience"]);

        await InScopeAsync(services => services.GetRequiredService<IContentManager>().UnpublishAsync(page.ContentItemId));

        Assert.Empty((await SearchAsync(word)).Hits);
    }

    [Fact]
    public async Task Draft_IsNeverFound_AndItsPublishedVersionIsWhatIsSearched()
    {
        var word = "quillon" + Guid.NewGuid().ToString("n")[..6];
        await CreatePageAsync($"Draft about {word}", "Not ready yet.", publish: false);

        Assert.Empty((await SearchAsync(word)).Hits);

        var published = await CreatePageAsync("Snow routes", $"Parking bans on snow routes; {word} first edition.", publish: true);
        await InScopeAsync(async services =>
        {
            var contents = services.GetRequiredService<IContentManager>();
            var latest = (await contents.GetAsync(published.ContentItemId, VersionOptions.Latest))!;
            latest.SetField("Page", "Body", JsonValue.Create("A draft that mentions marzipan only."));
            return await contents.SaveDraftAsync(latest);
        });

        Assert.Single((await SearchAsync(word)).Hits);
        Assert.Empty((await SearchAsync("marzipan")).Hits);
    }

    [Fact]
    public async Task Synonym_FindsThePageWrittenWithTheOtherWord()
    {
        var word = "brindle" + Guid.NewGuid().ToString("n")[..6];
        var page = await CreatePageAsync($"Garbage day {word}", "Put your garbage out by 7am.", publish: true);

        var found = await SearchAsync($"trash {word}");

        Assert.Equal(page.ContentItemId, Assert.Single(found.Hits).ContentItemId);
    }

    [Fact]
    public async Task UnknownIndex_IsRefused()
    {
        await Assert.ThrowsAsync<UnknownIndexException>(() => InScopeAsync(services =>
            services.GetRequiredService<ISearchService>().SearchAsync("no-such-index", new SearchQuery { Text = "x" })));
    }

    [Fact]
    public async Task Health_ReportsTheSearchIndexes()
    {
        await InScopeAsync(async services =>
        {
            await services.GetRequiredService<ISearchService>().CatchUpAsync();
            return 0;
        });

        var response = await site.CreateClient().GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        var search = body.GetProperty("checks").GetProperty("search");
        Assert.Equal("Healthy", search.GetProperty("status").GetString());
        Assert.Contains($"{Index} (", search.GetProperty("description").GetString(), StringComparison.Ordinal);
    }
}
