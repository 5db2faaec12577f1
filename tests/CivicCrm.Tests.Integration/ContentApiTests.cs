using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

public class ContentApiTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    /// <summary>Defines a fresh type for one test, so tests never share data.</summary>
    private async Task<string> DefineNoticeTypeAsync()
    {
        var name = "Notice" + Guid.NewGuid().ToString("n")[..8];
        var part = await _api.PutAsJsonAsync($"/api/content-parts/{name}", new
        {
            fields = new object[]
            {
                new { name = "Body", displayName = "Body", fieldType = "Markdown", settings = new { required = true } },
                new { name = "Severity", displayName = "Severity", fieldType = "Choice",
                      settings = new { options = new[] { new { value = "low", label = "Low" }, new { value = "high", label = "High" } } } },
                new { name = "Contact", displayName = "Contact email", fieldType = "Email" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        var type = await _api.PutAsJsonAsync($"/api/content-types/{name}", new { parts = new[] { new { name = "TitlePart" }, new { name } } });
        Assert.Equal(HttpStatusCode.OK, type.StatusCode);
        return name;
    }

    private static object Item(string type, string title, string body, string severity = "low") => new
    {
        contentType = type,
        content = new Dictionary<string, object> { ["TitlePart"] = new { Title = title }, [type] = new { Body = body, Severity = severity } },
    };

    [Fact]
    public async Task Create_InvalidFields_Answers400NamingEachField()
    {
        var type = await DefineNoticeTypeAsync();

        var response = await _api.PostAsJsonAsync("/api/content-items", new
        {
            contentType = type,
            content = new Dictionary<string, object> { [type] = new { Severity = "urgent", Contact = "nobody" } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(
            new[] { $"{type}.Body", $"{type}.Contact", $"{type}.Severity", "TitlePart.Title" },
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.Contains("'urgent' is not one of the options for Severity", errors.GetProperty($"{type}.Severity")[0].GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutContentType_Answers400()
    {
        var response = await _api.PostAsJsonAsync("/api/content-items", new { content = new { } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("contentType", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_MalformedJson_Answers400NotA500()
    {
        var response = await _api.PostAsync("/api/content-items", new StringContent("{ not json", System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task DraftPublishVersionsRestore_ThroughTheApi()
    {
        var type = await DefineNoticeTypeAsync();
        var created = await (await _api.PostAsJsonAsync("/api/content-items?publish=true", Item(type, "Elm St closed", "Until Friday.")))
            .Content.ReadFromJsonAsync<JsonObject>();
        var id = created!["contentItemId"]!.GetValue<string>();

        var draft = await _api.PutAsJsonAsync($"/api/content-items/{id}", Edit(created, type, "Elm St closed", "Until Monday."));
        Assert.Equal(HttpStatusCode.OK, draft.StatusCode);

        var published = await _api.GetFromJsonAsync<JsonObject>($"/api/content-items/{id}?version=published");
        Assert.Equal("Until Friday.", published![("content")]![type]!["Body"]!.GetValue<string>());
        var list = await _api.GetFromJsonAsync<JsonObject>($"/api/content-items?type={type}&status=draft");
        Assert.Equal(1, list!["total"]!.GetValue<int>());
        var search = await _api.GetFromJsonAsync<JsonObject>($"/api/content-items?type={type}&q=elm%20st");
        Assert.Equal(1, search!["total"]!.GetValue<int>()); // case-insensitive on every provider

        var publish = await _api.PostAsync($"/api/content-items/{id}/publish", null);
        Assert.True(publish.StatusCode == HttpStatusCode.OK, await publish.Content.ReadAsStringAsync());
        var versions = await _api.GetFromJsonAsync<JsonArray>($"/api/content-items/{id}/versions");
        Assert.Equal(2, versions!.Count);

        var firstVersion = versions[0]!["contentItemVersionId"]!.GetValue<string>();
        var restored = await _api.PostAsync($"/api/content-items/{id}/versions/{firstVersion}/restore", null);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
        var latest = await _api.GetFromJsonAsync<JsonObject>($"/api/content-items/{id}");
        Assert.Equal(("Until Friday.", false, 3), (latest!["content"]![type]!["Body"]!.GetValue<string>(), latest["published"]!.GetValue<bool>(), latest["number"]!.GetValue<int>()));

        var audit = await _api.GetFromJsonAsync<JsonArray>($"/api/content-items/{id}/audit");
        Assert.Equal(["created", "published", "updated", "published", "updated"], audit!.Select(a => a!["action"]!.GetValue<string>()));
        Assert.All(audit!, a => Assert.Equal("apikey:Setup", a!["userName"]!.GetValue<string>()));
    }

    [Fact]
    public async Task StaleSave_Answers409WithTheCurrentVersion_AndKeepsTheFirstEdit()
    {
        var type = await DefineNoticeTypeAsync();
        var created = await (await _api.PostAsJsonAsync("/api/content-items", Item(type, "Leaf pickup", "Starts in October.")))
            .Content.ReadFromJsonAsync<JsonObject>();
        var id = created!["contentItemId"]!.GetValue<string>();

        Assert.Equal(HttpStatusCode.OK, (await _api.PutAsJsonAsync($"/api/content-items/{id}", Edit(created, type, "Leaf pickup", "Starts Monday."))).StatusCode);
        var stale = await _api.PutAsJsonAsync($"/api/content-items/{id}", Edit(created, type, "Leaf pickup", "Cancelled."));

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var problem = await stale.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal("Starts Monday.", problem!["current"]!["content"]![type]!["Body"]!.GetValue<string>());
        var latest = await _api.GetFromJsonAsync<JsonObject>($"/api/content-items/{id}");
        Assert.Equal("Starts Monday.", latest!["content"]![type]!["Body"]!.GetValue<string>());
    }

    [Fact]
    public async Task Remove_ThenGet_Answers404_AndRemovedTypeIsRefusedWhileInUse()
    {
        var type = await DefineNoticeTypeAsync();
        var created = await (await _api.PostAsJsonAsync("/api/content-items?publish=true", Item(type, "Temporary", "x")))
            .Content.ReadFromJsonAsync<JsonObject>();
        var id = created!["contentItemId"]!.GetValue<string>();

        var refused = await _api.DeleteAsync($"/api/content-types/{type}");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync($"/api/content-items/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/content-items/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await _api.DeleteAsync($"/api/content-types/{type}")).StatusCode);
    }

    [Fact]
    public async Task DefinitionWithUnknownFieldType_Answers400WithThePath()
    {
        var response = await _api.PutAsJsonAsync("/api/content-parts/Broken", new { fields = new[] { new { name = "Colour", fieldType = "Paint" } } });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Fields[0].FieldType", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static object Edit(JsonObject read, string type, string title, string body) => new
    {
        contentItemVersionId = read["contentItemVersionId"]!.GetValue<string>(),
        concurrencyStamp = read["concurrencyStamp"]!.GetValue<int>(),
        content = new Dictionary<string, object> { ["TitlePart"] = new { Title = title }, [type] = new { Body = body, Severity = "low" } },
    };
}
