using System.Net;
using System.Text.RegularExpressions;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

/// <summary>
/// Popular answers on <c>/kb</c> are the most read public items of the last 30 days. Its own site: other classes' tests
/// read the seeded articles, which would change the ranking this class checks.
/// </summary>
public partial class KnowledgeBaseViewsTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [GeneratedRegex("^/admin/kb/([0-9a-z]{26})$")]
    private static partial Regex EditorUrl();

    [GeneratedRegex("id=\"kb-popular\".*?<a[^>]*>(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex FirstPopular();

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var name = "kbviews" + Guid.NewGuid().ToString("n")[..8];
        await using (var scope = site.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            var user = new IdentityUser { UserName = name, Email = $"{name}@riverton.example.gov", EmailConfirmed = true };
            Assert.True((await users.CreateAsync(user, "Clerk-pass-2026")).Succeeded);
            Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        }

        var client = site.CreateBrowserClient();
        await client.SignInAsync(name, "Clerk-pass-2026");
        return client;
    }

    private static async Task<string> CreateAsync(HttpClient admin, string title, string audience, string submit)
    {
        var response = await admin.PostFormAsync("/admin/kb/new?type=faq", "/admin/kb/new", new Dictionary<string, string>
        {
            ["ContentType"] = "Faq", ["Title"] = title, ["Body"] = "An answer.", ["Audience"] = audience, ["submit"] = submit,
        });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var match = EditorUrl().Match(response.Headers.Location!.OriginalString);
        Assert.True(match.Success, response.Headers.Location!.OriginalString);
        return match.Groups[1].Value;
    }

    private static async Task<string> ViewsOnEditorAsync(HttpClient admin, string id) =>
        Regex.Match(await admin.GetStringAsync($"/admin/kb/{id}"), @">(\d+) views?, 30 days<").Groups[1].Value;

    [Fact]
    public async Task ReadingAPublicAnswer_PutsItFirstAmongPopularAnswers_AndEditorsSeeTheCount()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var title = "How long is a library card valid " + Guid.NewGuid().ToString("n")[..6];
        var id = await CreateAsync(admin, title, "public", "publish");
        var resident = site.CreateClient();

        // Read items come before the newest and the most voted: one read of an older article puts it first.
        Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync("/kb/potholes-what-the-city-fixes-how-fast-and-how-to-report-one")).StatusCode);
        Assert.StartsWith("Potholes", FirstPopular().Match(await resident.GetStringAsync("/kb")).Groups[1].Value.Split("</i>")[^1].Trim(), StringComparison.Ordinal);

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await resident.GetAsync($"/kb/{id}")).StatusCode);
        }

        // Neither a HEAD request nor an editor checking the page counts as a read.
        await resident.SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/kb/{id}"));
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/kb/{id}")).StatusCode);

        var first = FirstPopular().Match(await resident.GetStringAsync("/kb"));
        Assert.True(first.Success);
        Assert.Contains(title, first.Groups[1].Value, StringComparison.Ordinal);
        Assert.Equal("3", await ViewsOnEditorAsync(admin, id));
        Assert.Matches($"data-views=\"{id}\">3<", await admin.GetStringAsync("/admin/kb?type=faq"));
    }

    [Fact]
    public async Task ReadsOfInternalItemsAndDrafts_AreNotCounted()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var callTaker = await SignedInAsync("CallTaker");
        var internalId = await CreateAsync(admin, "Internal transfer list " + Guid.NewGuid().ToString("n")[..6], "internal", "publish");
        var draftId = await CreateAsync(admin, "Draft answer " + Guid.NewGuid().ToString("n")[..6], "public", "draft");

        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await callTaker.GetAsync($"/kb/{internalId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await callTaker.GetAsync($"/kb/{draftId}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await site.CreateClient().GetAsync($"/kb/{draftId}")).StatusCode);
        }

        Assert.Equal("0", await ViewsOnEditorAsync(admin, internalId));
        Assert.Equal("0", await ViewsOnEditorAsync(admin, draftId));
        var list = await admin.GetStringAsync("/admin/kb?type=faq");
        Assert.Matches($"data-views=\"{internalId}\">0<", list);
        Assert.Matches($"data-views=\"{draftId}\">0<", list);
    }
}
