using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>
/// The knowledge base without the search engine: the seeded sample, the review workflow, who sees what on the public
/// pages, votes, categories, and the import/export round trip. Search itself is covered where the engine is installed.
/// </summary>
public partial class KnowledgeBaseTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private readonly HttpClient _api = site.CreateApiClient();

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    private async Task<HttpClient> AdminAsync()
    {
        var client = site.CreateBrowserClient();
        await client.SignInAsync();
        return client;
    }

    [GeneratedRegex("^/admin/kb/([0-9a-z]{26})$")]
    private static partial Regex EditorUrl();

    private static string IdFrom(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = EditorUrl().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location!.OriginalString);
        return match.Groups[1].Value;
    }

    [Fact]
    public async Task Home_ShowsSeededTopicsAndPublicAnswers_ButNotInternalOnesToResidents()
    {
        var resident = await TextAsync(await site.CreateClient().GetAsync("/kb"));
        Assert.Contains("Trash & Recycling", resident, StringComparison.Ordinal);
        Assert.Contains("Rodents & Pests", resident, StringComparison.Ordinal);
        Assert.DoesNotContain("How do I handle a caller who does not speak English?", resident, StringComparison.Ordinal);
        // A topic holding only internal procedures is not listed for residents.
        Assert.DoesNotContain("Call Center Procedures", resident, StringComparison.Ordinal);

        var staff = await TextAsync(await (await AdminAsync()).GetAsync("/kb"));
        Assert.Contains("Trash & Recycling", staff, StringComparison.Ordinal);
        Assert.Contains("Call Center Procedures", staff, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ArticlePage_RendersMarkdown_LinksToTheRequestForm_AndHidesInternalItemsFromResidents()
    {
        var response = await site.CreateClient().GetAsync("/kb/potholes-what-the-city-fixes-how-fast-and-how-to-report-one");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>72 working hours</strong>", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/requests/new?type=POTHOLE\"", html, StringComparison.Ordinal);
        Assert.Contains("Was this helpful?", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync("/kb/how-do-i-handle-a-caller-who-does-not-speak-english")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await (await AdminAsync()).GetAsync("/kb/how-do-i-handle-a-caller-who-does-not-speak-english")).StatusCode);
    }

    [Fact]
    public async Task ReportThisProblemLink_OpensTheFormOfThatType()
    {
        var response = await site.CreateBrowserClient().GetAsync("/requests/new?type=POTHOLE");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/requests/new/POTHOLE", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await site.CreateBrowserClient().GetAsync("/requests/new?type=NO-SUCH-TYPE")).StatusCode);
    }

    [Fact]
    public async Task Lifecycle_DraftInReviewPublishedArchived_OnlyPublishedIsPublic()
    {
        var admin = await AdminAsync();
        var title = "Can I put yard waste in the trash " + Guid.NewGuid().ToString("n")[..6] + "?";
        var created = await admin.PostFormAsync("/admin/kb/new?type=faq", "/admin/kb/new", new Dictionary<string, string>
        {
            ["ContentType"] = "Faq", ["Title"] = title, ["Body"] = "No: put it in **paper bags** beside the cart.", ["Audience"] = "public", ["submit"] = "draft",
        });
        var id = IdFrom(created);
        var anonymous = site.CreateClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/kb/{id}")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}/submit", new Dictionary<string, string>())).StatusCode);
        Assert.Contains("In review", await TextAsync(await admin.GetAsync($"/admin/kb/{id}")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/kb/{id}")).StatusCode);

        // Sending back needs a comment; the comment is shown to the author.
        var noComment = await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}/send-back", new Dictionary<string, string> { ["comment"] = " " });
        Assert.Equal(HttpStatusCode.BadRequest, noComment.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}/send-back", new Dictionary<string, string> { ["comment"] = "Say which bags." })).StatusCode);
        Assert.Contains("Say which bags.", await TextAsync(await admin.GetAsync($"/admin/kb/{id}")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}/submit", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}/approve", new Dictionary<string, string>())).StatusCode);
        var page = await TextAsync(await anonymous.GetAsync($"/kb/{id}"));
        Assert.Contains(title, page, StringComparison.Ordinal);

        // An edit is a draft: the public page keeps the published text until it is approved.
        var edited = await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}", new Dictionary<string, string>
        {
            ["ContentType"] = "Faq", ["Title"] = title, ["Body"] = "Changed answer.", ["Audience"] = "public", ["submit"] = "draft",
        });
        Assert.Equal(HttpStatusCode.Redirect, edited.StatusCode);
        Assert.DoesNotContain("Changed answer.", await TextAsync(await anonymous.GetAsync($"/kb/{id}")), StringComparison.Ordinal);

        // Archiving needs the draft resolved first, then takes the item off the public pages.
        Assert.Equal(HttpStatusCode.Conflict, (await admin.PostWithPageTokenAsync($"/admin/kb/{id}", $"/admin/kb/{id}/archive", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}/approve", new Dictionary<string, string>())).StatusCode);
        Assert.Contains("Changed answer.", await TextAsync(await anonymous.GetAsync($"/kb/{id}")), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}/archive", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/kb/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync($"/admin/kb/{id}", $"/admin/kb/{id}/unarchive", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync($"/kb/{id}")).StatusCode);

        // Every step is a version; the content admin's history lists them.
        var versions = await TextAsync(await admin.GetAsync($"/admin/content/Faq/{id}/versions"));
        Assert.True(Regex.Count(versions, "/diff\\?") >= 1 || versions.Contains("Version", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Editor_RefusesABadScript_NamingTheStep()
    {
        var admin = await AdminAsync();
        var response = await admin.PostFormAsync("/admin/kb/new?type=script", "/admin/kb/new", new Dictionary<string, string>
        {
            ["ContentType"] = "CallScript", ["Title"] = "Script with a dangling branch", ["Audience"] = "internal", ["submit"] = "draft",
            ["Steps[0].Id"] = "ask", ["Steps[0].Kind"] = "ask", ["Steps[0].Text"] = "Is anyone hurt?", ["Steps[0].Branches"] = "Yes -> emergency",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("There is no step 'emergency' to go to.", await TextAsync(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Votes_OnePerBrowser_FeedTheReviewQueueWithComments()
    {
        var resident = site.CreateBrowserClient();
        const string page = "/kb/i-see-rats-in-my-alley-will-the-city-do-something";
        var id = Regex.Match(await resident.GetStringAsync(page), "action=\"/kb/([0-9a-z]{26})/vote\"").Groups[1].Value;
        Assert.NotEmpty(id);

        var first = await resident.PostFormAsync(page, $"/kb/{id}/vote", new Dictionary<string, string> { ["helpful"] = "yes" });
        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Contains("Thank you for your feedback.", await TextAsync(await resident.GetAsync(page)), StringComparison.Ordinal);
        // The same browser changes its mind: still one vote.
        var second = await resident.PostWithPageTokenAsync(page, $"/kb/{id}/vote", new Dictionary<string, string> { ["helpful"] = "no", ["comment"] = "Which number do I call at night?" });
        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        var other = site.CreateBrowserClient();
        Assert.Equal(HttpStatusCode.Redirect, (await other.PostFormAsync(page, $"/kb/{id}/vote", new Dictionary<string, string> { ["helpful"] = "no" })).StatusCode);

        var queue = await TextAsync(await (await AdminAsync()).GetAsync("/admin/kb/review"));
        Assert.Contains("I see rats in my alley. Will the city do something?", queue, StringComparison.Ordinal);
        Assert.Contains("100% unhelpful", queue, StringComparison.Ordinal);
        Assert.Contains("Which number do I call at night?", queue, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vote_WithoutTheFormsToken_IsRefused()
    {
        var resident = site.CreateBrowserClient();
        var html = await resident.GetStringAsync("/kb/potholes-what-the-city-fixes-how-fast-and-how-to-report-one");
        var id = Regex.Match(html, "action=\"/kb/([0-9a-z]{26})/vote\"").Groups[1].Value;

        var response = await resident.PostAsync($"/kb/{id}/vote", new FormUrlEncodedContent(new Dictionary<string, string> { ["helpful"] = "no" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Import_UpsertsByExternalId_SanitizesHtml_AndExportRoundTrips()
    {
        var key = Guid.NewGuid().ToString("n")[..6];
        var items = new JsonArray
        {
            new JsonObject
            {
                ["externalId"] = $"imp-{key}-1", ["type"] = "article", ["title"] = $"Bulk item pickup {key}", ["summary"] = "How to book a pickup.",
                ["body"] = "<p>Call us.</p><script>alert(1)</script><a href=\"javascript:alert(2)\">x</a>", ["bodyFormat"] = "html",
                ["categories"] = new JsonArray($"Imported topic {key}"), ["tags"] = new JsonArray("furniture", "mattress"), ["audience"] = "public", ["published"] = true,
            },
            new JsonObject
            {
                ["externalId"] = $"imp-{key}-2", ["type"] = "faq", ["title"] = $"Staff note {key}", ["body"] = "Internal *only*.",
                ["audience"] = "internal", ["published"] = false,
            },
        };

        var response = await _api.PostAsJsonAsync("/api/kb/import", items);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, result.GetProperty("created").GetInt32());

        var page = await site.CreateClient().GetStringAsync($"/kb/bulk-item-pickup-{key}");
        Assert.Contains("<p>Call us.</p>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("alert(", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/kb/staff-note-{key}")).StatusCode);
        Assert.Contains($"Imported topic {key}", await site.CreateClient().GetStringAsync("/kb"), StringComparison.Ordinal);

        var export = await _api.GetFromJsonAsync<JsonArray>("/api/kb/export");
        var mine = export!.OfType<JsonObject>().Where(i => i["externalId"]!.GetValue<string>().StartsWith($"imp-{key}", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, mine.Count);
        var article = mine.Single(i => i["externalId"]!.GetValue<string>() == $"imp-{key}-1");
        Assert.Equal("article", article["type"]!.GetValue<string>());
        Assert.Equal("html", article["bodyFormat"]!.GetValue<string>());
        Assert.Equal($"Imported topic {key}", article["categories"]![0]!.GetValue<string>());
        Assert.True(article["published"]!.GetValue<bool>());
        Assert.False(mine.Single(i => i["externalId"]!.GetValue<string>() == $"imp-{key}-2")["published"]!.GetValue<bool>());

        // Importing the export again changes nothing and creates nothing.
        var again = await _api.PostAsJsonAsync("/api/kb/import", new JsonArray(mine.Select(i => (JsonNode)i.DeepClone()).ToArray()));
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var counts = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, counts.GetProperty("created").GetInt32());
        Assert.Equal(2, counts.GetProperty("updated").GetInt32());
    }

    [Fact]
    public async Task Import_ReportsEveryBadItemByIndexAndField_AndCommitsNothing()
    {
        var key = Guid.NewGuid().ToString("n")[..6];
        var items = JsonNode.Parse($$"""
        [
          { "externalId": "ok-{{key}}", "type": "faq", "title": "Fine {{key}}", "body": "Yes." },
          { "externalId": "bad-{{key}}", "type": "video", "title": "" },
          { "externalId": "bad2-{{key}}", "type": "faq", "title": "Bad audience", "audience": "everyone" },
          { "externalId": "bad3-{{key}}", "type": "script", "title": "Bad step", "steps": [ { "id": "a", "kind": "sing", "text": "La" } ] }
        ]
        """);

        var response = await _api.PostAsJsonAsync("/api/kb/import", items);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.True(errors.TryGetProperty("[1].type", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("[1].title", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("[2].audience", out _), errors.ToString());
        Assert.True(errors.TryGetProperty("[3].steps[0].kind", out _), errors.ToString());
        Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/kb/fine-{key}")).StatusCode);

        var notJson = await _api.PostAsync("/api/kb/import", new StringContent("{ nope", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task Import_NeedsAStaffKeyWithThePermission()
    {
        var response = await site.CreateClient().PostAsJsonAsync("/api/kb/import", new JsonArray());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task RecipeStep_ReportsItemErrorsWithTheirIndex()
    {
        var recipe = JsonNode.Parse("""
        { "name": "kb-bad", "steps": [ { "name": "knowledgeBase", "categories": [ { "name": "" } ],
          "items": [ { "externalId": "r1", "type": "faq", "title": "Fine" }, { "externalId": "r2", "type": "faq", "title": "Dup" }, { "externalId": "r2", "type": "memo", "title": "x" } ] } ] }
        """);

        var response = await _api.PostAsJsonAsync("/api/recipes/execute", recipe);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").ToString();
        Assert.Contains("steps[0].categories[0].name", errors, StringComparison.Ordinal);
        Assert.Contains("steps[0].items[2].type", errors, StringComparison.Ordinal);
        Assert.Contains("steps[0].items[2].externalId", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Categories_AddRenameMove_AndDeleteOnlyWhenEmpty()
    {
        var admin = await AdminAsync();
        var name = "Snow " + Guid.NewGuid().ToString("n")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/kb/categories", "/admin/kb/categories", new Dictionary<string, string> { ["name"] = name })).StatusCode);
        var html = await admin.GetStringAsync("/admin/kb/categories");
        var id = Regex.Match(html, "action=\"/admin/kb/categories/(\\d+)/rename\"[^>]*>\\s*<input[^>]*value=\"" + Regex.Escape(name) + "\"").Groups[1].Value;
        Assert.NotEmpty(id);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/kb/categories", $"/admin/kb/categories/{id}/rename", new Dictionary<string, string> { ["name"] = name + " removal" })).StatusCode);
        var streets = Regex.Match(html, "action=\"/admin/kb/categories/(\\d+)/rename\"[^>]*>\\s*<input[^>]*value=\"Streets &amp; Sidewalks\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/kb/categories", $"/admin/kb/categories/{id}/move", new Dictionary<string, string> { ["parentId"] = streets })).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostFormAsync("/admin/kb/categories", $"/admin/kb/categories/{streets}/move", new Dictionary<string, string> { ["parentId"] = id })).StatusCode);

        // A category in use stays.
        var rodents = Regex.Match(html, "action=\"/admin/kb/categories/(\\d+)/rename\"[^>]*>\\s*<input[^>]*value=\"Rodents &amp; Pests\"").Groups[1].Value;
        Assert.NotEmpty(rodents);
        var refused = await admin.PostFormAsync("/admin/kb/categories", $"/admin/kb/categories/{rodents}/delete", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("is used by", await TextAsync(refused), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/kb/categories", $"/admin/kb/categories/{id}/delete", new Dictionary<string, string>())).StatusCode);
        Assert.DoesNotContain(name, await admin.GetStringAsync("/admin/kb/categories"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IntakeScreen_ShowsTheCallScriptOfTheChosenType()
    {
        var admin = await AdminAsync();

        var html = await TextAsync(await admin.GetAsync("/admin/intake?code=RODENTS"));

        Assert.Contains("Call script: Rodents", html, StringComparison.Ordinal);
        Assert.Contains("Where did you see them: in an alley, a yard, inside a building, or in a park?", html, StringComparison.Ordinal);
        Assert.Contains("data-goto=\"s4\"", html, StringComparison.Ordinal);
        Assert.Contains("kb-panel.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SearchApi_ValidatesItsParameters()
    {
        var client = site.CreateClient();

        var missing = await client.GetAsync("/api/kb/search");
        var badType = await client.GetAsync("/api/kb/search?q=rats&type=video");
        var badTop = await client.GetAsync("/api/kb/search?q=rats&top=500");

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badType.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, badTop.StatusCode);
    }

    [Fact]
    public async Task PublicPages_SpeakSpanish_WhenTheResidentChoosesIt()
    {
        var client = site.CreateBrowserClient();
        await client.PostFormAsync("/", "/culture", new Dictionary<string, string> { ["culture"] = "es-US", ["returnUrl"] = "/kb" });

        var home = await TextAsync(await client.GetAsync("/kb"));
        var article = await TextAsync(await client.GetAsync("/kb/potholes-what-the-city-fixes-how-fast-and-how-to-report-one"));

        Assert.Contains("Ayuda y respuestas", home, StringComparison.Ordinal);
        Assert.Contains("¿Con qué necesita ayuda?", home, StringComparison.Ordinal);
        Assert.Contains("¿Le resultó útil?", article, StringComparison.Ordinal);
        Assert.Contains("Reportar este problema", article, StringComparison.Ordinal);
    }
}
