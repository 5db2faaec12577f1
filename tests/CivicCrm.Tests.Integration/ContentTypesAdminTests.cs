using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>The content definitions editor, driven through its pages and forms as a browser would.</summary>
public class ContentTypesAdminTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    private async Task<HttpClient> SignedInAsync()
    {
        var browser = site.CreateBrowserClient();
        await browser.SignInAsync();
        return browser;
    }

    private static async Task<string> CreateTypeAsync(HttpClient browser)
    {
        var name = "Bulletin" + Guid.NewGuid().ToString("n")[..8];
        var created = await browser.PostFormAsync("/admin/content-types/create", "/admin/content-types/create", new Dictionary<string, string>
        {
            ["Name"] = name, ["DisplayName"] = "Bulletin", ["Description"] = "Short notices", ["Draftable"] = "true", ["Creatable"] = "true", ["AddTitle"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal($"/admin/content-types/{name}", created.Headers.Location?.OriginalString);
        return name;
    }

    private static Task<HttpResponseMessage> AddFieldAsync(HttpClient browser, string type, Dictionary<string, string> fields) =>
        browser.PostFormAsync($"/admin/content-types/{type}/fields/create", $"/admin/content-types/{type}/fields/create", fields);

    [Fact]
    public async Task CreateType_AddEditMoveAndRemoveFields_ThroughTheForms()
    {
        var browser = await SignedInAsync();
        var type = await CreateTypeAsync(browser);

        var ward = await AddFieldAsync(browser, type, new() { ["Name"] = "Ward", ["DisplayName"] = "Ward", ["FieldType"] = "Number", ["Required"] = "true", ["Min"] = "1", ["Max"] = "12" });
        Assert.Equal(HttpStatusCode.Redirect, ward.StatusCode);
        var topic = await AddFieldAsync(browser, type, new() { ["Name"] = "Topic", ["DisplayName"] = "Topic", ["FieldType"] = "Choice", ["Options"] = "roads|Roads\nparks|Parks", ["Default"] = "parks" });
        Assert.Equal(HttpStatusCode.Redirect, topic.StatusCode);

        var definition = await _api.GetFromJsonAsync<JsonElement>($"/api/content-types/{type}");
        Assert.Equal(["TitlePart", type], definition.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        var part = await _api.GetFromJsonAsync<JsonElement>($"/api/content-parts/{type}");
        var fields = part.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(["Ward", "Topic"], fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("12", fields[0].GetProperty("settings").GetProperty("max").GetString());
        Assert.True(fields[0].GetProperty("settings").GetProperty("required").GetBoolean());
        Assert.Equal("Parks", fields[1].GetProperty("settings").GetProperty("options")[1].GetProperty("label").GetString());

        var edit = await browser.PostFormAsync($"/admin/content-types/{type}/fields/Ward", $"/admin/content-types/{type}/fields/Ward",
            new Dictionary<string, string> { ["DisplayName"] = "City ward", ["FieldType"] = "Number", ["Hint"] = "1 to 12" });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        var moved = await browser.PostFormAsync($"/admin/content-types/{type}", $"/admin/content-types/{type}/fields/Topic/move", new Dictionary<string, string> { ["direction"] = "up" });
        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);

        part = await _api.GetFromJsonAsync<JsonElement>($"/api/content-parts/{type}");
        fields = part.GetProperty("fields").EnumerateArray().ToList();
        Assert.Equal(["Topic", "Ward"], fields.Select(f => f.GetProperty("name").GetString()));
        Assert.Equal("City ward", fields[1].GetProperty("displayName").GetString());
        Assert.False(fields[1].GetProperty("settings").GetProperty("required").GetBoolean());

        var removed = await browser.PostFormAsync($"/admin/content-types/{type}", $"/admin/content-types/{type}/fields/Topic/remove", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var page = await browser.GetStringAsync($"/admin/content-types/{type}");
        Assert.Contains("Removed the field Topic.", page, StringComparison.Ordinal);
        Assert.DoesNotContain("data-field=\"Topic\"", page, StringComparison.Ordinal);
        Assert.Contains("data-field=\"Ward\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AddField_InvalidSettings_ShowsTheErrorsNextToTheFieldsAndSavesNothing()
    {
        var browser = await SignedInAsync();
        var type = await CreateTypeAsync(browser);

        var badName = await AddFieldAsync(browser, type, new() { ["Name"] = "9lives", ["DisplayName"] = "Lives", ["FieldType"] = "Text" });
        var noOptions = await AddFieldAsync(browser, type, new() { ["Name"] = "Color", ["DisplayName"] = "Color", ["FieldType"] = "Choice" });

        Assert.Equal(HttpStatusCode.OK, badName.StatusCode);
        Assert.Contains("&#x27;9lives&#x27; is not a valid name", await badName.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, noOptions.StatusCode);
        Assert.Contains("A choice field needs at least one option.", await noOptions.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var part = await _api.GetFromJsonAsync<JsonElement>($"/api/content-parts/{type}");
        Assert.Equal(0, part.GetProperty("fields").GetArrayLength());
    }

    [Fact]
    public async Task AttachReorderAndRemoveParts_ThenDeleteTheType()
    {
        var browser = await SignedInAsync();
        var type = await CreateTypeAsync(browser);
        var extra = "Contact" + Guid.NewGuid().ToString("n")[..6];

        var attached = await browser.PostFormAsync($"/admin/content-types/{type}", $"/admin/content-types/{type}/parts/attach", new Dictionary<string, string> { ["newPart"] = extra });
        Assert.Equal(HttpStatusCode.Redirect, attached.StatusCode);
        await browser.PostFormAsync($"/admin/content-types/{type}", $"/admin/content-types/{type}/parts/{extra}/move", new Dictionary<string, string> { ["direction"] = "up" });
        var definition = await _api.GetFromJsonAsync<JsonElement>($"/api/content-types/{type}");
        Assert.Equal(["TitlePart", extra, type], definition.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        await browser.PostFormAsync($"/admin/content-types/{type}", $"/admin/content-types/{type}/parts/TitlePart/remove", new Dictionary<string, string>());
        definition = await _api.GetFromJsonAsync<JsonElement>($"/api/content-types/{type}");
        Assert.Equal([extra, type], definition.GetProperty("parts").EnumerateArray().Select(p => p.GetProperty("name").GetString()));

        var deleted = await browser.PostFormAsync($"/admin/content-types/{type}/delete", $"/admin/content-types/{type}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _api.GetAsync($"/api/content-types/{type}")).StatusCode);
    }

    [Fact]
    public async Task DeleteType_WithItems_IsRefusedWithTheManagersMessage()
    {
        var browser = await SignedInAsync();
        var type = await CreateTypeAsync(browser);
        var item = await _api.PostAsJsonAsync("/api/content-items", new { contentType = type, content = new { TitlePart = new { Title = "Keep me" } } });
        Assert.Equal(HttpStatusCode.Created, item.StatusCode);

        var refused = await browser.PostFormAsync($"/admin/content-types/{type}/delete", $"/admin/content-types/{type}/delete", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains($"The type &#x27;{type}&#x27; still has 1 item(s); remove them first.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _api.GetAsync($"/api/content-types/{type}")).StatusCode);
    }

    [Fact]
    public async Task ContentTypesPage_NeedsSignIn_AndAppearsInTheMenu()
    {
        var anonymous = site.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync("/admin/content-types")).StatusCode);

        var browser = await SignedInAsync();
        var dashboard = await browser.GetStringAsync("/admin");
        Assert.Contains("href=\"/admin/content-types\"", dashboard, StringComparison.Ordinal);
        Assert.Contains("href=\"/admin/content\"", dashboard, StringComparison.Ordinal);
    }
}
