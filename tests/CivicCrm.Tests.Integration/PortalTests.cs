using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

public class PortalTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private const string SeededPageId = "page0about311riverton00001";

    private readonly HttpClient _api = site.CreateApiClient();

    /// <summary>Creates a Page through the content API and returns its id.</summary>
    private async Task<string> CreatePageAsync(string title, string body, string audience = "public", bool publish = true)
    {
        var response = await _api.PostAsJsonAsync($"/api/content-items?publish={publish.ToString().ToLowerInvariant()}", new
        {
            contentType = "Page",
            content = new Dictionary<string, object>
            {
                ["TitlePart"] = new { Title = title },
                ["Page"] = new { Summary = "Summary of " + title, Body = body, Audience = audience },
            },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("contentItemId").GetString()!;
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) =>
        WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task Home_ListsPublishedPublicPages_NotDraftsOrStaffOnlyPages()
    {
        var title = "Title " + Guid.NewGuid().ToString("n")[..8];
        var publicId = await CreatePageAsync("Public " + title, "Hello.");
        await CreatePageAsync("Internal " + title, "Staff only.", audience: "internal");
        await CreatePageAsync("Draft " + title, "Not yet.", publish: false);

        var response = await site.CreateClient().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await TextAsync(response);
        Assert.Contains("City of Riverton", html, StringComparison.Ordinal);
        Assert.Contains("How Riverton 311 works", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/pages/{SeededPageId}\"", html, StringComparison.Ordinal);
        Assert.Contains($"href=\"/pages/{publicId}\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Internal " + title, html, StringComparison.Ordinal);
        Assert.DoesNotContain("Draft " + title, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Home_HasLandmarksCallsToActionAndContacts()
    {
        var html = await TextAsync(await site.CreateClient().GetAsync("/"));

        Assert.Contains("<html lang=\"en-US\">", html, StringComparison.Ordinal);
        foreach (var landmark in new[] { "<header", "<nav", "<main", "<footer" })
        {
            Assert.Contains(landmark, html, StringComparison.Ordinal);
        }

        Assert.Contains("href=\"/requests/new\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/requests/status\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/kb\"", html, StringComparison.Ordinal);
        Assert.Contains("+1 (555) 010-0311", html, StringComparison.Ordinal);
        Assert.Contains("mailto:311@riverton.example.gov", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal); // only <script src=…>: no inline script
    }

    [Fact]
    public async Task Page_RendersMarkdown_WithoutScriptsOrJavascriptLinks()
    {
        var id = await CreatePageAsync("Markdown " + Guid.NewGuid().ToString("n")[..8],
            "Some **bold** text.\n\n<script>alert('owned')</script>\n\n[click me](javascript:alert(1)) and <img src=x onerror=alert(2)>");

        var response = await site.CreateClient().GetAsync($"/pages/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Contains("<strong>bold</strong>", raw, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", raw, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Page_UnknownUnpublishedOrStaffOnly_Answers404()
    {
        var draft = await CreatePageAsync("Draft page", "Not yet.", publish: false);
        var staff = await CreatePageAsync("Staff page", "Internal.", audience: "internal");
        var client = site.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/pages/{SeededPageId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/pages/nope00000000000000000000000")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/pages/{draft}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/pages/{staff}")).StatusCode);
    }

    [Fact]
    public async Task SwitchingToSpanish_ChangesTheTextsAndTheLanguage_ThenBack()
    {
        var client = site.CreateBrowserClient();
        var english = await TextAsync(await client.GetAsync("/"));
        Assert.Contains("<html lang=\"en-US\">", english, StringComparison.Ordinal);
        Assert.Contains("How can we help?", english, StringComparison.Ordinal);

        var switched = await client.PostFormAsync("/", "/culture", new Dictionary<string, string> { ["culture"] = "es-US", ["returnUrl"] = "/?from=switcher" });

        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        Assert.Equal("/?from=switcher", switched.Headers.Location!.OriginalString);
        var spanish = await TextAsync(await client.GetAsync("/"));
        Assert.Contains("<html lang=\"es-US\">", spanish, StringComparison.Ordinal);
        Assert.Contains("¿Cómo podemos ayudarle?", spanish, StringComparison.Ordinal);
        Assert.Contains("Reportar un problema", spanish, StringComparison.Ordinal);
        Assert.Contains("Contacto con la ciudad", spanish, StringComparison.Ordinal);
        Assert.DoesNotContain("How can we help?", spanish, StringComparison.Ordinal);

        await client.PostFormAsync("/", "/culture", new Dictionary<string, string> { ["culture"] = "en-US", ["returnUrl"] = "/" });
        Assert.Contains("How can we help?", await TextAsync(await client.GetAsync("/")), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    [InlineData("/\\evil.example/")]
    public async Task CulturePost_WithANonLocalReturnUrl_IsRefused(string returnUrl)
    {
        var client = site.CreateBrowserClient();

        var response = await client.PostFormAsync("/", "/culture", new Dictionary<string, string> { ["culture"] = "es-US", ["returnUrl"] = returnUrl });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Culture", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task CulturePost_ForALanguageTheSiteDoesNotOffer_IsRefused()
    {
        var response = await site.CreateBrowserClient().PostFormAsync("/", "/culture", new Dictionary<string, string> { ["culture"] = "fr-FR", ["returnUrl"] = "/" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}
