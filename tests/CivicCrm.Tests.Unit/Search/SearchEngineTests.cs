using CivicCrm.Indexing;
using CivicCrm.Search;

namespace CivicCrm.Tests.Unit.Search;

public class SearchEngineTests
{
    private static async Task<SearchTestBed> CityAsync()
    {
        var bed = SearchTestBed.Create();
        bed.Publish("pothole", "Report a pothole", "Potholes on city streets are filled within five business days.", "Streets");
        bed.Publish("lamp", "Street light out", "Report a dark street light by its pole number.", "Streets");
        bed.Publish("rodents", "Rodent control", "We bait sewers and alleys for rodents. Seal holes and keep lids on bins.", "Health");
        bed.Publish("bins", "Garbage collection day", "Put your bins at the curb by 7am <b>on your collection day</b>.", "Trash");
        bed.Publish("graffiti", "Graffiti removal", "Graffiti on public property is removed within two days.", "Streets");
        bed.Publish("internal", "Pothole escalation for staff", "Escalate potholes on arterial roads to the street supervisor.", "Streets", "internal");
        await bed.CatchUpAsync();
        return bed;
    }

    [Fact]
    public async Task Search_RanksTitleMatchesFirst_AndCountsEveryMatch()
    {
        await using var bed = await CityAsync();

        var results = await bed.FindAsync("pothole");

        Assert.Equal(2, results.Total);
        Assert.Equal("pothole", results.Hits[0].ContentItemId);
        Assert.Null(results.Fallback);
    }

    [Fact]
    public async Task Synonym_FindsTheOtherWord()
    {
        await using var bed = await CityAsync();

        Assert.Equal("rodents", (await bed.FindAsync("rats")).Hits[0].ContentItemId);
        Assert.Equal("bins", (await bed.FindAsync("trash")).Hits[0].ContentItemId);
    }

    [Fact]
    public async Task MultiWordSynonym_MatchesAsAPhrase()
    {
        await using var bed = await CityAsync();

        Assert.Equal("lamp", Assert.Single((await bed.FindAsync("street lamp")).Hits).ContentItemId);
        Assert.Equal("lamp", Assert.Single((await bed.FindAsync("\"street lamp\"")).Hits).ContentItemId);
    }

    [Fact]
    public async Task Highlights_MarkTheMatchedWords_AndEncodeTheRest()
    {
        await using var bed = await CityAsync();

        var hit = (await bed.FindAsync("collection day")).Hits[0];

        Assert.Equal("bins", hit.ContentItemId);
        Assert.Equal("Garbage <mark>collection</mark> <mark>day</mark>", hit.Highlights["title"][0]);
        var body = hit.Highlights["body"][0];
        Assert.Contains("&lt;b&gt;on your <mark>collection</mark> <mark>day</mark>&lt;", body, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Highlights_MarkWordsMatchedThroughASynonym()
    {
        await using var bed = await CityAsync();

        var hit = (await bed.FindAsync("rats")).Hits[0];

        Assert.Contains("<mark>Rodent</mark>", hit.Highlights["title"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Facets_CountEveryMatch_NotOnlyThePage()
    {
        await using var bed = await CityAsync();

        var results = await bed.FindAsync("", take: 1, facets: ["category", "audience"]);

        Assert.Equal(6, results.Total);
        Assert.Single(results.Hits);
        Assert.Equal([new FacetValue("Streets", 4), new FacetValue("Health", 1), new FacetValue("Trash", 1)], results.Facets["category"]);
        Assert.Equal([new FacetValue("public", 5), new FacetValue("internal", 1)], results.Facets["audience"]);
    }

    [Fact]
    public async Task Filters_KeepOnlyMatchingValues_AndNarrowTheFacets()
    {
        await using var bed = await CityAsync();

        var results = await bed.FindAsync("pothole", facets: ["audience"], filters: new() { ["audience"] = ["public"] });

        Assert.Equal("pothole", Assert.Single(results.Hits).ContentItemId);
        Assert.Equal([new FacetValue("public", 1)], results.Facets["audience"]);
        Assert.Empty((await bed.FindAsync("pothole", filters: new() { ["audience"] = [] })).Hits);
    }

    [Fact]
    public async Task Typo_IsToleratedAndReported()
    {
        await using var bed = await CityAsync();

        var results = await bed.FindAsync("pothloe");

        Assert.Equal(SearchFallback.Fuzzy, results.Fallback);
        Assert.Contains(results.Hits, h => h.ContentItemId == "pothole");
        Assert.Contains("<mark>", results.Hits[0].Highlights["title"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task WordsNeverTogether_FallBackToAnyWord()
    {
        await using var bed = await CityAsync();

        var results = await bed.FindAsync("graffiti rodents");

        Assert.Equal(SearchFallback.AnyWord, results.Fallback);
        Assert.Equal(["graffiti", "rodents"], results.Hits.Select(h => h.ContentItemId).Order());
    }

    [Theory]
    [InlineData("pothole AND (")]
    [InlineData("\"pothole")]
    [InlineData("pothole title:")]
    [InlineData("pothole ~ ^ [ } !")]
    [InlineData("*pothole")]
    [InlineData("pothole?")]
    public async Task QuerySyntaxErrors_AreSearchedAsPlainText(string text)
    {
        await using var bed = await CityAsync();

        var results = await bed.FindAsync(text);

        Assert.Contains(results.Hits, h => h.ContentItemId == "pothole");
    }

    [Fact]
    public async Task QuerySyntax_IsHonouredWhenValid()
    {
        await using var bed = await CityAsync();

        var results = await bed.FindAsync("pothole -escalate");

        Assert.Equal("pothole", Assert.Single(results.Hits).ContentItemId);
    }

    [Fact]
    public async Task Paging_SkipsAndTakes_TotalStays()
    {
        await using var bed = await CityAsync();

        await bed.CatchUpAsync();
        var second = await bed.Search.SearchAsync(SearchTestBed.IndexName, new SearchQuery { Text = "street", Skip = 1, Take = 1 });
        var all = await bed.FindAsync("street");

        Assert.Equal(all.Total, second.Total);
        Assert.Equal(all.Hits[1].ContentItemId, Assert.Single(second.Hits).ContentItemId);
    }

    [Fact]
    public async Task Suggestions_CompleteTitles_WithinTheFilters()
    {
        await using var bed = await CityAsync();
        await bed.CatchUpAsync();
        var publicOnly = new Dictionary<string, IReadOnlyList<string>> { ["audience"] = ["public"] };

        var titles = await bed.Search.SuggestAsync(SearchTestBed.IndexName, new SuggestQuery { Prefix = "poth", Filters = publicOnly });
        var all = await bed.Search.SuggestAsync(SearchTestBed.IndexName, new SuggestQuery { Prefix = "poth" });
        var twoWords = await bed.Search.SuggestAsync(SearchTestBed.IndexName, new SuggestQuery { Prefix = "garbage coll" });

        Assert.Equal(new SearchSuggestion("Report a pothole", "pothole"), titles[0]);
        Assert.DoesNotContain(titles, s => s.Text.Contains("escalation", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(all, s => s.ContentItemId == "internal");
        Assert.Equal("Garbage collection day", twoWords[0].Text);
    }

    [Fact]
    public async Task UnknownIndex_IsRefused()
    {
        await using var bed = SearchTestBed.Create();

        await Assert.ThrowsAsync<UnknownIndexException>(() => bed.Search.SearchAsync("nope", new SearchQuery { Text = "x" }));
    }

    [Fact]
    public async Task Contributor_AddsFields_TheDefinitionsBoostWins_AndSkipLeavesTheItemOut()
    {
        await using var bed = SearchTestBed.Create(SearchTestBed.Definition() with
        {
            Fields = [new SearchIndexField("title", "Doc.Title", 1, Stored: true), new SearchIndexField("tags", Boost: 10)],
        });
        bed.Content.ContributorList.Add(new TagContributor());
        bed.Publish("a", "Alpha notice", "about parking");
        bed.Publish("b", "Parking notice", "nothing else");
        bed.Publish("skipped", "Parking archived", "old");

        var results = await bed.FindAsync("parking");

        Assert.Equal(["a", "b"], results.Hits.Select(h => h.ContentItemId));
        Assert.Equal("/kb/a", results.Hits[0].Stored["url"]);
    }

    private sealed class TagContributor : ISearchDocumentContributor
    {
        public Task ContributeAsync(SearchDocumentContext context, CancellationToken cancellationToken = default)
        {
            context.Skip = context.Item.ContentItemId == "skipped";
            context.AddText("tags", context.Item.ContentItemId == "a" ? "parking" : "", boost: 0.1f);
            context.AddStored("url", "/kb/" + context.Item.ContentItemId);
            return Task.CompletedTask;
        }
    }
}
