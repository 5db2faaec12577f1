using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>The generated content editor: create, drafts, publishing, versions, diff, restore and conflicts through the pages.</summary>
public partial class ContentEditorAdminTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    [GeneratedRegex("name=\"contentItemVersionId\" value=\"([^\"]+)\"")]
    private static partial Regex VersionIdPattern();

    [GeneratedRegex("name=\"concurrencyStamp\" value=\"([^\"]+)\"")]
    private static partial Regex StampPattern();

    private async Task<string> DefineTypeAsync()
    {
        var name = "Alert" + Guid.NewGuid().ToString("n")[..8];
        var part = await _api.PutAsJsonAsync($"/api/content-parts/{name}", new
        {
            fields = new object[]
            {
                new { name = "Body", displayName = "Body", fieldType = "Markdown", settings = new { required = true } },
                new { name = "Ward", displayName = "Ward", fieldType = "Number", settings = new { min = "1", max = "12" } },
                new { name = "Starts", displayName = "Starts", fieldType = "DateTime" },
                new { name = "Location", displayName = "Location", fieldType = "Address" },
            },
        });
        Assert.Equal(HttpStatusCode.OK, part.StatusCode);
        var type = await _api.PutAsJsonAsync($"/api/content-types/{name}", new { displayName = "Alert", parts = new[] { new { name = "TitlePart" }, new { name } } });
        Assert.Equal(HttpStatusCode.OK, type.StatusCode);
        return name;
    }

    private async Task<HttpClient> SignedInAsync()
    {
        var browser = site.CreateBrowserClient();
        await browser.SignInAsync();
        return browser;
    }

    private static Dictionary<string, string> Form(string type, string title, string body, string submit, string? ward = null) => new()
    {
        ["c.TitlePart.Title"] = title,
        [$"c.{type}.Body"] = body,
        [$"c.{type}.Ward"] = ward ?? "",
        ["submit"] = submit,
    };

    /// <summary>Posts the editor of an existing item with the version id and stamp its page carries.</summary>
    private static async Task<HttpResponseMessage> SaveAsync(HttpClient browser, string url, Dictionary<string, string> fields)
    {
        var page = await browser.GetStringAsync(url);
        fields["contentItemVersionId"] = VersionIdPattern().Match(page).Groups[1].Value;
        fields["concurrencyStamp"] = StampPattern().Match(page).Groups[1].Value;
        return await browser.PostFormAsync(url, url, fields);
    }

    private async Task<(string Type, string Url, string Id)> CreatePublishedAsync(HttpClient browser, string title, string body)
    {
        var type = await DefineTypeAsync();
        var fields = Form(type, title, body, "publish", "4");
        fields[$"c.{type}.Starts"] = "2026-07-04T09:30";
        fields[$"c.{type}.Location.street"] = "1 Main St";
        fields[$"c.{type}.Location.latitude"] = "41.5";
        fields[$"c.{type}.Location.longitude"] = "-87.25";
        var created = await browser.PostFormAsync($"/admin/content/{type}/new", $"/admin/content/{type}/new", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var url = created.Headers.Location!.OriginalString;
        return (type, url, url.Split('/')[^1]);
    }

    [Fact]
    public async Task NewItem_Published_StoresTypedValuesAndShowsInTheList()
    {
        var browser = await SignedInAsync();
        var (type, url, id) = await CreatePublishedAsync(browser, "Hydrant flushing", "Water may be **cloudy**.");

        var item = await _api.GetFromJsonAsync<JsonElement>($"/api/content-items/{id}");
        Assert.True(item.GetProperty("published").GetBoolean());
        var content = item.GetProperty("content").GetProperty(type);
        Assert.Equal(4m, content.GetProperty("Ward").GetDecimal());
        Assert.Equal("2026-07-04T14:30:00Z", content.GetProperty("Starts").GetString()); // 09:30 in Chicago (CDT) is 14:30 UTC
        Assert.Equal(41.5, content.GetProperty("Location").GetProperty("latitude").GetDouble());
        var list = await browser.GetStringAsync($"/admin/content/{type}?status=published&q=hydrant");
        Assert.Contains(url, list, StringComparison.Ordinal);
        Assert.Contains(">Published<", list, StringComparison.Ordinal);
        var editor = await browser.GetStringAsync(url);
        Assert.Contains("value=\"2026-07-04T09:30\"", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_InvalidValues_ShowsEachErrorNextToItsFieldAndCreatesNothing()
    {
        var browser = await SignedInAsync();
        var type = await DefineTypeAsync();
        var fields = Form(type, "", "", "publish", "40");
        fields[$"c.{type}.Location.latitude"] = "north";

        var response = await browser.PostFormAsync($"/admin/content/{type}/new", $"/admin/content/{type}/new", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains($"id=\"f-{type}-Location-error\">The latitude of Location must be a number", html, StringComparison.Ordinal);
        // The form's own problems are shown before the platform is asked, so the title and ward wait for the next try.
        Assert.Equal(0, (await _api.GetFromJsonAsync<JsonElement>($"/api/content-items?type={type}")).GetProperty("total").GetInt32());

        fields[$"c.{type}.Location.latitude"] = "";
        response = await browser.PostFormAsync($"/admin/content/{type}/new", $"/admin/content/{type}/new", fields);
        html = await response.Content.ReadAsStringAsync();
        Assert.Contains("id=\"f-TitlePart-Title-error\">Title is required.", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"f-{type}-Body-error\">Body is required.", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"f-{type}-Ward-error\">Ward must be at most 12.", html, StringComparison.Ordinal);
        Assert.Equal(0, (await _api.GetFromJsonAsync<JsonElement>($"/api/content-items?type={type}")).GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task DraftVersionsDiffRestorePublishDiscardUnpublishDelete_ThroughThePages()
    {
        var browser = await SignedInAsync();
        var (type, url, id) = await CreatePublishedAsync(browser, "Leaf pickup", "Mondays.");

        var draft = await SaveAsync(browser, url, Form(type, "Leaf pickup", "Tuesdays.", "draft", "4"));
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        Assert.Equal("Mondays.", (await _api.GetFromJsonAsync<JsonElement>($"/api/content-items/{id}?version=published")).GetProperty("content").GetProperty(type).GetProperty("Body").GetString());

        var versions = await browser.GetStringAsync($"{url}/versions");
        Assert.Contains("data-version=\"2\"", versions, StringComparison.Ordinal);
        var diff = await browser.GetStringAsync($"{url}/diff");
        Assert.Contains("Changes from version 1 to version 2", diff, StringComparison.Ordinal);
        Assert.Matches("<tr class=\"changed\">\\s*<th scope=\"row\">Body.*?</th>\\s*<td class=\"old\">Mondays.</td>\\s*<td class=\"new\">Tuesdays.</td>", diff);
        Assert.Matches("<tr class=\"same\">\\s*<th scope=\"row\">Title", diff);

        var v1 = (await _api.GetFromJsonAsync<JsonElement>($"/api/content-items/{id}/versions"))[0].GetProperty("contentItemVersionId").GetString();
        var restored = await browser.PostFormAsync($"{url}/versions", $"{url}/versions/{v1}/restore", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, restored.StatusCode);
        var latest = await _api.GetFromJsonAsync<JsonElement>($"/api/content-items/{id}");
        Assert.Equal("Mondays.", latest.GetProperty("content").GetProperty(type).GetProperty("Body").GetString());
        Assert.False(latest.GetProperty("published").GetBoolean());

        var published = await SaveAsync(browser, url, Form(type, "Leaf pickup", "Wednesdays.", "publish", "4"));
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Equal("Wednesdays.", (await _api.GetFromJsonAsync<JsonElement>($"/api/content-items/{id}?version=published")).GetProperty("content").GetProperty(type).GetProperty("Body").GetString());

        await SaveAsync(browser, url, Form(type, "Leaf pickup", "Thursdays?", "draft", "4"));
        var discarded = await browser.PostFormAsync(url, $"{url}/discard-draft", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, discarded.StatusCode);
        Assert.Equal("Wednesdays.", (await _api.GetFromJsonAsync<JsonElement>($"/api/content-items/{id}")).GetProperty("content").GetProperty(type).GetProperty("Body").GetString());

        var preview = await browser.GetStringAsync($"{url}/preview");
        Assert.Contains("<p>Wednesdays.</p>", preview, StringComparison.Ordinal);

        var unpublished = await browser.PostFormAsync(url, $"{url}/unpublish", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, unpublished.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/content-items/{id}?version=published")).StatusCode);

        var again = await browser.PostWithPageTokenAsync(url, $"{url}/unpublish", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Contains("has no published version", await browser.GetStringAsync(url), StringComparison.Ordinal);

        var deleted = await browser.PostFormAsync($"{url}/delete", $"{url}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/content-items/{id}")).StatusCode);
    }

    [Fact]
    public async Task StaleSave_ShowsTheirsAndYoursSideBySide_AndSavingAgainAppliesYours()
    {
        var browser = await SignedInAsync();
        var (type, url, id) = await CreatePublishedAsync(browser, "Snow routes", "Plowed first.");
        var page = await browser.GetStringAsync(url);
        var mine = Form(type, "Snow routes", "My body.", "draft", "4");
        mine["contentItemVersionId"] = VersionIdPattern().Match(page).Groups[1].Value;
        mine["concurrencyStamp"] = StampPattern().Match(page).Groups[1].Value;

        var current = await _api.GetFromJsonAsync<JsonElement>($"/api/content-items/{id}");
        var theirs = await _api.PutAsJsonAsync($"/api/content-items/{id}", new
        {
            contentItemVersionId = current.GetProperty("contentItemVersionId").GetString(),
            concurrencyStamp = current.GetProperty("concurrencyStamp").GetInt32(),
            content = new Dictionary<string, object> { [type] = new { Body = "Their body." } },
        });
        Assert.Equal(HttpStatusCode.OK, theirs.StatusCode);

        var conflict = await browser.PostFormAsync(url, url, mine);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var html = await conflict.Content.ReadAsStringAsync();
        Assert.Contains("Someone else changed this item while you were editing", html, StringComparison.Ordinal);
        Assert.Matches("<td class=\"old\">Their body.</td>\\s*<td class=\"new\">My body.</td>", html);
        Assert.Equal("Their body.", (await _api.GetFromJsonAsync<JsonElement>($"/api/content-items/{id}")).GetProperty("content").GetProperty(type).GetProperty("Body").GetString());

        // The conflict page carries the current version's id and stamp: saving it again puts mine over theirs.
        mine["contentItemVersionId"] = VersionIdPattern().Match(html).Groups[1].Value;
        mine["concurrencyStamp"] = StampPattern().Match(html).Groups[1].Value;
        var retried = await browser.PostFormAsync(url, url, mine);
        Assert.Equal(HttpStatusCode.Redirect, retried.StatusCode);
        Assert.Equal("My body.", (await _api.GetFromJsonAsync<JsonElement>($"/api/content-items/{id}")).GetProperty("content").GetProperty(type).GetProperty("Body").GetString());
    }

    [Fact]
    public async Task MarkdownPreview_RendersAndSanitizes()
    {
        var browser = await SignedInAsync();

        var response = await browser.PostWithPageTokenAsync("/admin/content", "/admin/content/markdown-preview",
            new Dictionary<string, string> { ["markdownText"] = "**Road closed** <script>alert(1)</script> [x](javascript:alert(1))" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>Road closed</strong>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("javascript:", html, StringComparison.Ordinal);
    }
}
