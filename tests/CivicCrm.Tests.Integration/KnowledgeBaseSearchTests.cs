using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Search;
using CivicCrm.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

/// <summary>The knowledge base over the search engine: who finds what, highlights, facets, suggestions, import then search.</summary>
public class KnowledgeBaseSearchTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    private async Task ImportAsync(params JsonObject[] items)
    {
        var response = await _api.PostAsJsonAsync("/api/kb/import", new JsonArray(items.Select(i => (JsonNode)i).ToArray()));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Brings this node's index up to the journal (the seeded demo content, an admin change) instead of waiting for the poll.</summary>
    private async Task CatchUpAsync()
    {
        await using var scope = site.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<ISearchService>().CatchUpAsync();
    }

    private static async Task<JsonElement> SearchAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/kb/search?q=" + Uri.EscapeDataString(query));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }

    private static List<string> Titles(JsonElement results) =>
        results.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("title").GetString()!).ToList();

    [Fact]
    public async Task ImportedItem_IsSearchableWhenTheImportReturns_BySynonym_WithHighlightAndCategoryFacet()
    {
        var key = "zq" + Guid.NewGuid().ToString("n")[..6];
        await ImportAsync(new JsonObject
        {
            ["externalId"] = $"syn-{key}", ["type"] = "faq", ["title"] = $"Rats near the {key} playground",
            ["body"] = $"The city baits the {key} playground every week.", ["categories"] = new JsonArray("Rodents & Pests"), ["audience"] = "public",
        });

        var results = await SearchAsync(site.CreateClient(), $"rodents {key}");

        var hit = results.GetProperty("hits").EnumerateArray().Single(h => h.GetProperty("externalId").GetString() == $"syn-{key}");
        Assert.Equal("faq", hit.GetProperty("type").GetString());
        Assert.StartsWith("/kb/rats-near-the-", hit.GetProperty("url").GetString(), StringComparison.Ordinal);
        Assert.Contains("<mark>", hit.GetProperty("highlights").ToString(), StringComparison.Ordinal);
        var categories = results.GetProperty("facets").GetProperty("category").EnumerateArray().ToList();
        Assert.Contains(categories, c => c.GetProperty("value").GetString() == "rodents-pests" && c.GetProperty("label").GetString() == "Rodents & Pests");
        // Filed under "Rodents & Pests", found under its parent "Health & Animals" too.
        Assert.Contains(categories, c => c.GetProperty("value").GetString() == "health-animals");
    }

    [Fact]
    public async Task InternalItems_AreFoundByStaffOnly_AndDraftsByNobody_InSearchAndSuggestions()
    {
        var key = "zq" + Guid.NewGuid().ToString("n")[..6];
        await ImportAsync(
            new JsonObject { ["externalId"] = $"int-{key}", ["type"] = "faq", ["title"] = $"Staff note {key} escalation", ["body"] = "Call the supervisor.", ["audience"] = "internal" },
            new JsonObject { ["externalId"] = $"dra-{key}", ["type"] = "faq", ["title"] = $"Unfinished {key} draft", ["body"] = "Not ready.", ["audience"] = "public", ["published"] = false });

        Assert.Empty(Titles(await SearchAsync(site.CreateClient(), key)));
        Assert.Equal([$"Staff note {key} escalation"], Titles(await SearchAsync(_api, key)));

        var anonymous = await site.CreateClient().GetFromJsonAsync<JsonArray>("/api/kb/suggest?q=" + key);
        Assert.Empty(anonymous!);
        var staff = await _api.GetFromJsonAsync<JsonArray>("/api/kb/suggest?q=" + key);
        Assert.DoesNotContain(staff!, s => s!["text"]!.GetValue<string>().Contains("Unfinished", StringComparison.Ordinal));

        // The seeded internal FAQ: staff see it, residents do not.
        await CatchUpAsync();
        Assert.Contains("How do I handle a caller who does not speak English?", Titles(await SearchAsync(_api, "caller does not speak English interpreter")));
        Assert.DoesNotContain("How do I handle a caller who does not speak English?", Titles(await SearchAsync(site.CreateClient(), "caller does not speak English interpreter")));
    }

    [Fact]
    public async Task ArchivedItem_LeavesTheSearch()
    {
        var key = "zq" + Guid.NewGuid().ToString("n")[..6];
        await ImportAsync(new JsonObject { ["externalId"] = $"arc-{key}", ["type"] = "article", ["title"] = $"Old {key} schedule", ["body"] = "Outdated." });
        var id = (await SearchAsync(_api, key)).GetProperty("hits")[0].GetProperty("id").GetString()!;
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}/archive", new Dictionary<string, string>())).StatusCode);
        await CatchUpAsync();

        Assert.Empty(Titles(await SearchAsync(_api, key)));
    }

    [Fact]
    public async Task SearchPage_ShowsHighlightedResultsAndTopics_AndNoResultsOffersAReport()
    {
        var client = site.CreateClient();
        await CatchUpAsync();

        var html = await client.GetStringAsync("/kb/search?q=pothole");
        Assert.Contains("<mark>Potholes</mark>: what the city fixes", html, StringComparison.Ordinal);
        Assert.Contains("<mark>", html, StringComparison.Ordinal);
        Assert.Contains("/kb/search?q=pothole&amp;category=streets-sidewalks", html, StringComparison.Ordinal);

        var none = WebUtility.HtmlDecode(await client.GetStringAsync("/kb/search?q=xylophone+quartz+zeppelin"));
        Assert.Contains("No answers matched.", none, StringComparison.Ordinal);
        Assert.Contains("href=\"/requests/new\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UserSyntaxErrors_AreSearchedAsText()
    {
        var response = await site.CreateClient().GetAsync("/api/kb/search?q=" + Uri.EscapeDataString("trash AND (\"pickup"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task MovingACategory_RebuildsTheIndex_SoItsItemsAreFoundUnderTheNewParent()
    {
        var key = "kiosk" + Guid.NewGuid().ToString("n")[..6];
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/kb/categories", "/admin/kb/categories", new Dictionary<string, string> { ["name"] = key })).StatusCode);
        await ImportAsync(new JsonObject
        {
            ["externalId"] = $"move-{key}", ["type"] = "faq", ["title"] = $"Where is the {key} payment machine?",
            ["body"] = "In the lobby of City Hall.", ["categories"] = new JsonArray(key), ["audience"] = "public",
        });
        int IdOf(string name)
        {
            using var scope = site.Services.CreateScope();
            return scope.ServiceProvider.GetRequiredService<DbContext>().Set<CivicCrm.KnowledgeBase.Models.KnowledgeBaseCategory>().Single(c => c.Name == name).Id;
        }

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/kb/categories", $"/admin/kb/categories/{IdOf(key)}/move",
            new Dictionary<string, string> { ["parentId"] = IdOf("City Services & Account").ToString(System.Globalization.CultureInfo.InvariantCulture) })).StatusCode);

        // The rebuild runs in the background; the old copy answers meanwhile.
        var found = false;
        for (var attempt = 0; attempt < 100 && !found; attempt++)
        {
            await CatchUpAsync();
            var response = await site.CreateClient().GetAsync($"/api/kb/search?q={key}&category=city-services-account");
            found = Titles(await response.Content.ReadFromJsonAsync<JsonElement>()).Count == 1;
            if (!found)
            {
                await Task.Delay(100);
            }
        }

        Assert.True(found, "The moved category's item was not found under its new parent.");
    }

    [Fact]
    public async Task SearchPage_FiltersByKind_AndStaffByAudience_ResidentsNeverGetInternalItems()
    {
        await CatchUpAsync();
        var resident = site.CreateClient();

        var all = await resident.GetStringAsync("/kb/search?q=rats");
        Assert.Contains("/kb/search?q=rats&amp;type=faq", all, StringComparison.Ordinal);
        var faqs = await resident.GetStringAsync("/kb/search?q=rats&type=faq");
        Assert.Contains("I see <mark>rats</mark> in my alley", faqs, StringComparison.Ordinal);
        Assert.DoesNotContain("Rodent control: how the city helps", faqs, StringComparison.Ordinal);
        Assert.DoesNotContain(">Audience<", faqs, StringComparison.Ordinal);

        // A resident asking for internal items still gets public ones only.
        var sneaky = await resident.GetStringAsync("/kb/search?q=interpreter+caller&audience=internal");
        Assert.DoesNotContain("does not speak English", sneaky, StringComparison.Ordinal);

        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var internalOnly = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/kb/search?q=interpreter+caller&audience=internal"));
        Assert.Contains("does not speak English", internalOnly, StringComparison.Ordinal);
        Assert.Contains("Internal (staff only)", internalOnly, StringComparison.Ordinal);
        var publicOnly = System.Net.WebUtility.HtmlDecode(await admin.GetStringAsync("/kb/search?q=interpreter+caller&audience=public"));
        Assert.DoesNotContain("does not speak English", publicOnly, StringComparison.Ordinal);

        var bad = await _api.GetAsync("/api/kb/search?q=rats&audience=everyone");
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("audience must be public or internal.", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
