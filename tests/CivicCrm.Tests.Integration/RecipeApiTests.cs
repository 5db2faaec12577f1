using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

public class RecipeApiTests(SiteFactory site, EmptySiteFactory emptySite) : IClassFixture<SiteFactory>, IClassFixture<EmptySiteFactory>
{
    [Fact]
    public async Task Execute_BrokenRecipe_Answers400WithEveryErrorByStepAndPath()
    {
        var response = await site.CreateApiClient().PostAsJsonAsync("/api/recipes/execute", JsonNode.Parse("""
            { "name": "broken", "steps": [
                { "name": "settings", "SiteName": "Never applied" },
                { "name": "teleport" },
                { "name": "features", "enable": [ "CivicCrm.Nope" ] }
            ] }
            """));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["steps[1].name", "steps[2].enable[0]"], errors.EnumerateObject().Select(e => e.Name));
    }

    [Fact]
    public async Task Export_ThenImportIntoAnEmptySite_RecreatesTypesItemsAndStates()
    {
        var source = site.CreateApiClient();
        var page = await (await source.PostAsJsonAsync("/api/content-items", new
        {
            contentType = "Page",
            content = new { TitlePart = new { Title = "Bulky item pickup" }, Page = new { Body = "Book a pickup online.", Audience = "public" } },
        })).Content.ReadFromJsonAsync<JsonObject>();
        var id = page!["contentItemId"]!.GetValue<string>();

        var export = await source.PostAsJsonAsync("/api/recipes/export", new { contentTypes = new[] { "Page" }, includeContent = true });
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var recipe = await export.Content.ReadFromJsonAsync<JsonObject>();

        var target = emptySite.CreateApiClient();
        Assert.Equal(HttpStatusCode.NotFound, (await target.GetAsync($"/api/content-items/{id}")).StatusCode);
        var import = await target.PostAsJsonAsync("/api/recipes/execute", recipe);
        Assert.Equal(HttpStatusCode.NoContent, import.StatusCode);

        var draft = await target.GetFromJsonAsync<JsonObject>($"/api/content-items/{id}");
        Assert.Equal(("Bulky item pickup", false), (draft!["displayText"]!.GetValue<string>(), draft["published"]!.GetValue<bool>()));
        var seeded = await target.GetFromJsonAsync<JsonObject>("/api/content-items/page0about311riverton00001?version=published");
        Assert.Equal("How Riverton 311 works", seeded!["displayText"]!.GetValue<string>());
        var type = await target.GetFromJsonAsync<JsonObject>("/api/content-types/Page");
        Assert.Equal(2, type!["parts"]!.AsArray().Count);
    }
}
