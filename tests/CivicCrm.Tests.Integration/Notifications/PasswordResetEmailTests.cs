using System.Net;
using System.Text.RegularExpressions;
using CivicCrm.Tests.Support;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Tests.Integration.Notifications;

public partial class PasswordResetEmailTests(MailSiteFactory site) : IClassFixture<MailSiteFactory>
{
    [GeneratedRegex(@"https?://\S+/admin/reset-password\?\S+")]
    private static partial Regex ResetLink();

    private async Task<(string Name, string Email)> CreateUserAsync()
    {
        var name = "clerk" + Guid.NewGuid().ToString("n")[..8];
        var email = $"{name}@riverton.example.gov";
        await using var scope = site.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        Assert.True((await users.CreateAsync(new IdentityUser { UserName = name, Email = email, EmailConfirmed = true }, "Clerk-pass-2026")).Succeeded);
        return (name, email);
    }

    [Fact]
    public async Task ForgotPassword_EmailsALink_ThatSetsANewPassword()
    {
        var (name, email) = await CreateUserAsync();
        var client = site.CreateBrowserClient();

        var asked = await client.PostFormAsync("/admin/forgot-password", "/admin/forgot-password", new Dictionary<string, string> { ["Email"] = email });
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);

        var message = await site.Smtp.WaitForMessageToAsync(email);
        Assert.Equal("Choose a new CivicCrm password", message.Subject);
        Assert.Contains($"Hello {name},", message.TextBody, StringComparison.Ordinal);
        var link = new Uri(ResetLink().Match(message.TextBody!).Value);
        var page = link.PathAndQuery;
        var reset = await client.PostFormAsync(page, "/admin/reset-password", new Dictionary<string, string>
        {
            ["UserId"] = Query(link, "userId"), ["Token"] = Query(link, "token"), ["Password"] = "Reset-pass-2027", ["ConfirmPassword"] = "Reset-pass-2027",
        });
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal("/admin/login", reset.Headers.Location!.OriginalString);

        await site.CreateBrowserClient().SignInAsync(name, "Reset-pass-2027");
    }

    [Fact]
    public async Task ForgotPassword_WithTheEmailFeatureOff_SendsNothing()
    {
        var (_, email) = await CreateUserAsync();
        var api = site.CreateApiClient();
        Assert.True((await api.PostAsync("/api/features/disable", Json("""{ "featureIds": ["CivicCrm.Users.Email"] }"""))).IsSuccessStatusCode);
        try
        {
            var asked = await site.CreateBrowserClient().PostFormAsync("/admin/forgot-password", "/admin/forgot-password", new Dictionary<string, string> { ["Email"] = email });
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
            Assert.Null(await Outbox.FindAsync(site.Services, email));
        }
        finally
        {
            Assert.True((await api.PostAsync("/api/features/enable", Json("""{ "featureIds": ["CivicCrm.Users.Email"] }"""))).IsSuccessStatusCode);
        }
    }

    private static StringContent Json(string json) => new(json, System.Text.Encoding.UTF8, "application/json");

    private static string Query(Uri link, string name) =>
        Microsoft.AspNetCore.WebUtilities.QueryHelpers.ParseQuery(link.Query)[name].ToString();
}
