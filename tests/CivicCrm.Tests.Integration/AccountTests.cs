using System.Net;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration;

public class AccountTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    private async Task<string> CreateUserAsync(string role, string password = "Clerk-pass-2026")
    {
        var name = "user" + Guid.NewGuid().ToString("n")[..8];
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser { UserName = name, Email = $"{name}@riverton.example.gov", EmailConfirmed = true };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
        Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
        return name;
    }

    private static Task<HttpResponseMessage> TrySignInAsync(HttpClient client, string login, string password) =>
        client.PostFormAsync("/admin/login", "/admin/login", new Dictionary<string, string> { ["Login"] = login, ["Password"] = password });

    [Fact]
    public async Task FiveWrongPasswords_LockTheAccount_EvenTheRightPasswordIsRefused_UntilUnlocked()
    {
        var name = await CreateUserAsync("Editor");
        var client = site.CreateBrowserClient();
        for (var i = 0; i < 5; i++)
        {
            await TrySignInAsync(client, name, "wrong-password-" + i);
        }

        var locked = await TrySignInAsync(client, name, "Clerk-pass-2026");
        Assert.Equal(HttpStatusCode.BadRequest, locked.StatusCode);
        Assert.Contains("locked", await locked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var users = await admin.GetStringAsync($"/admin/users?q={name}");
        Assert.Contains("Locked out", users, StringComparison.Ordinal);
        var id = System.Text.RegularExpressions.Regex.Match(users, $"href=\"/admin/users/([a-f0-9-]+)\">{name}<").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/users", $"/admin/users/{id}/unlock", new Dictionary<string, string>())).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await TrySignInAsync(client, name, "Clerk-pass-2026")).StatusCode);
    }

    [Fact]
    public async Task Administrator_CreatesAnEditor_WhoMayEditContentButNotManageFeatures()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var name = "editor" + Guid.NewGuid().ToString("n")[..6];

        var created = await admin.PostFormAsync("/admin/users/new", "/admin/users/new", new Dictionary<string, string>
        {
            ["UserName"] = name, ["Email"] = $"{name}@riverton.example.gov", ["Password"] = "Editor-pass-2026", ["Roles"] = "Editor",
        });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);

        var editor = site.CreateBrowserClient();
        await editor.SignInAsync(name, "Editor-pass-2026");
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/api/content-items?type=Page")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await editor.GetAsync("/api/features")).StatusCode);
        var features = await editor.GetAsync("/admin/features");
        Assert.Equal("/admin/denied", features.Headers.Location!.AbsolutePath);
        Assert.DoesNotContain("href=\"/admin/features\"", await editor.GetStringAsync("/admin"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DisablingAnAccount_SignsItOutAndRefusesSignIn()
    {
        var name = await CreateUserAsync("CallTaker");
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var users = await admin.GetStringAsync($"/admin/users?q={name}");
        var id = System.Text.RegularExpressions.Regex.Match(users, $"href=\"/admin/users/([a-f0-9-]+)\">{name}<").Groups[1].Value;

        var saved = await admin.PostFormAsync($"/admin/users/{id}", $"/admin/users/{id}", new Dictionary<string, string>
        {
            ["UserName"] = name, ["Email"] = $"{name}@riverton.example.gov", ["Roles"] = "CallTaker", ["Disabled"] = "true",
        });
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        Assert.Equal(HttpStatusCode.BadRequest, (await TrySignInAsync(site.CreateBrowserClient(), name, "Clerk-pass-2026")).StatusCode);
    }

    [Fact]
    public async Task ChangePassword_ThenSignInWithTheNewOne()
    {
        var name = await CreateUserAsync("Supervisor");
        var client = site.CreateBrowserClient();
        await client.SignInAsync(name, "Clerk-pass-2026");

        var changed = await client.PostFormAsync("/admin/account/password", "/admin/account/password", new Dictionary<string, string>
        {
            ["CurrentPassword"] = "Clerk-pass-2026", ["NewPassword"] = "Better-pass-2027", ["ConfirmPassword"] = "Better-pass-2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);

        await site.CreateBrowserClient().SignInAsync(name, "Better-pass-2027");
    }

    [Fact]
    public async Task ForgotPassword_AnswersTheSameForUnknownAddresses()
    {
        var client = site.CreateBrowserClient();

        var known = await client.PostFormAsync("/admin/forgot-password", "/admin/forgot-password", new Dictionary<string, string> { ["Email"] = "admin@localhost" });
        var unknown = await client.PostFormAsync("/admin/forgot-password", "/admin/forgot-password", new Dictionary<string, string> { ["Email"] = "nobody@example.org" });

        Assert.Equal((HttpStatusCode.Redirect, "/admin/login"), (known.StatusCode, known.Headers.Location!.OriginalString));
        Assert.Equal((HttpStatusCode.Redirect, "/admin/login"), (unknown.StatusCode, unknown.Headers.Location!.OriginalString));
    }

    [Fact]
    public async Task ApiKey_IssuedInTheAdmin_WorksUntilRevoked()
    {
        var admin = site.CreateBrowserClient();
        await admin.SignInAsync();
        var created = await admin.PostFormAsync("/admin/api-keys", "/admin/api-keys", new Dictionary<string, string> { ["name"] = "Reporting", ["role"] = "Supervisor" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var html = await admin.GetStringAsync("/admin/api-keys");
        Assert.DoesNotContain("created-key", await admin.GetStringAsync("/admin/api-keys"), StringComparison.Ordinal);
        var key = System.Text.RegularExpressions.Regex.Match(html, "data-testid=\"created-key\">([^<]+)<").Groups[1].Value;
        Assert.StartsWith("ccrm_", key, StringComparison.Ordinal);

        var client = site.CreateApiClient(key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/content-items")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/features")).StatusCode);

        var id = System.Text.RegularExpressions.Regex.Match(html, "action=\"/admin/api-keys/([a-f0-9]+)/revoke\"[^>]*>\\s*<input[^>]*>\\s*<button[^>]*aria-label=\"Revoke Reporting\"").Groups[1].Value;
        Assert.NotEmpty(id);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.PostFormAsync("/admin/api-keys", $"/admin/api-keys/{id}/revoke", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/content-items")).StatusCode);
    }
}
