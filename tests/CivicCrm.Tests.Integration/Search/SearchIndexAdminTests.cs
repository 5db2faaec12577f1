using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CivicCrm.Indexing;
using CivicCrm.Search;
using CivicCrm.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration.Search;

public class SearchIndexAdminTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<HttpClient> AdminAsync()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        return admin;
    }

    private async Task<SearchIndexDefinition> DefinitionAsync(string name)
    {
        await using var scope = site.Services.CreateAsyncScope();
        return (await scope.ServiceProvider.GetRequiredService<ISearchIndexDefinitions>().FindAsync(name))!;
    }

    private static Dictionary<string, string> Form(string name, string types, string boost = "3") => new()
    {
        ["Name"] = name,
        ["ContentTypes"] = types,
        ["Analyzer"] = "spanish",
        ["Fields[0].Name"] = "title",
        ["Fields[0].Source"] = "TitlePart.Title",
        ["Fields[0].Boost"] = boost,
        ["Fields[0].Kind"] = "text",
        ["Fields[0].Stored"] = "true",
        ["Fields[1].Name"] = "audience",
        ["Fields[1].Source"] = "Page.Audience",
        ["Fields[1].Boost"] = "1",
        ["Fields[1].Kind"] = "keyword",
        ["Fields[2].Name"] = "",
    };

    [Fact]
    public async Task IndexPage_ListsTheDemoIndexes_WithThisNodesCopy()
    {
        await using (var scope = site.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ISearchService>().CatchUpAsync();
        }

        var html = WebUtility.HtmlDecode(await (await AdminAsync()).GetStringAsync(new Uri("/admin/search/indexes", UriKind.Relative)));

        Assert.Contains("knowledge-base", html, StringComparison.Ordinal);
        Assert.Contains("Faq, Article, CallScript", html, StringComparison.Ordinal);
        Assert.Contains("site-pages", html, StringComparison.Ordinal);
        Assert.Contains("(this node)", html, StringComparison.Ordinal);
        Assert.Contains(">Ready<", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_ThenEdit_SavesTheDefinition_AndANewStamp()
    {
        var admin = await AdminAsync();
        var name = "spanish-" + Guid.NewGuid().ToString("n")[..6];

        var created = await admin.PostFormAsync("/admin/search/indexes/new", "/admin/search/indexes/new", Form(name, "Page"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var first = await DefinitionAsync(name);
        Assert.Equal((SearchAnalyzers.Spanish, 2, SearchIndexFieldKind.Keyword), (first.Analyzer, first.Fields.Count, first.Fields[1].Kind));

        var edited = await admin.PostFormAsync($"/admin/search/indexes/{name}", $"/admin/search/indexes/{name}", Form(name, "Page", boost: "5"));
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        var second = await DefinitionAsync(name);
        Assert.Equal(5f, second.Fields[0].Boost);
        Assert.NotEqual(first.Stamp, second.Stamp);
    }

    [Fact]
    public async Task Create_WithBadValues_Answers400NamingEachField()
    {
        var admin = await AdminAsync();
        var form = Form("Bad Name", "Page, not-a-type", boost: "lots");

        var response = await admin.PostFormAsync("/admin/search/indexes/new", "/admin/search/indexes/new", form);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("The boost must be a number", html, StringComparison.Ordinal);

        form["Fields[0].Boost"] = "1000";
        var tooHigh = WebUtility.HtmlDecode(await (await admin.PostFormAsync("/admin/search/indexes/new", "/admin/search/indexes/new", form)).Content.ReadAsStringAsync());
        Assert.Contains("A name of lower-case letters", tooHigh, StringComparison.Ordinal);
        Assert.Contains("'not-a-type' is not a content type name", tooHigh, StringComparison.Ordinal);
        Assert.Contains("The boost must be between 0.01 and 100.", tooHigh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Synonyms_AreSavedNormalized_AndABadLineIsRefused()
    {
        var admin = await AdminAsync();
        var page = "/admin/search/indexes/site-pages/synonyms";

        var bad = await admin.PostFormAsync(page, page, new Dictionary<string, string> { ["Synonyms"] = "rats, rodents\nlonely" });
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Line 2 (&#x27;lonely&#x27;) needs at least two words", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var good = await admin.PostFormAsync(page, page, new Dictionary<string, string> { ["Synonyms"] = "# pests\nRats ,  Rodents\nstreet lamp,street light\n\ntrash, garbage, refuse" });
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Equal(["rats, rodents", "street lamp, street light", "trash, garbage, refuse"], (await DefinitionAsync("site-pages")).Synonyms);
    }

    [Fact]
    public async Task Rebuild_GivesANewStamp_AndTheApiShowsTheNodes()
    {
        var admin = await AdminAsync();
        var before = await DefinitionAsync("knowledge-base");

        var response = await admin.PostFormAsync("/admin/search/indexes", "/admin/search/indexes/knowledge-base/rebuild", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.NotEqual(before.Stamp, (await DefinitionAsync("knowledge-base")).Stamp);
        var api = site.CreateApiClient();
        var list = await api.GetFromJsonAsync<JsonArray>("/api/search/indexes");
        Assert.Contains(list!, i => i!["name"]!.GetValue<string>() == "knowledge-base");
        Assert.Equal(HttpStatusCode.NotFound, (await api.PostAsync("/api/search/indexes/nope/rebuild", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await api.PostAsync("/api/search/indexes/site-pages/rebuild", null)).StatusCode);
    }
}
