using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration;

/// <summary>The intake screen files on the channel the clerk chose: a call, a resident at the counter, a fax, an email.</summary>
public partial class IntakeTests(SiteFactory site) : IClassFixture<SiteFactory>
{
    [GeneratedRegex("Filed ([0-9A-Z]{4}-[0-9A-Z]{4})")]
    private static partial Regex FiledPattern();

    private static Dictionary<string, string> Report(string channel) => new()
    {
        ["code"] = "BUILDING", ["channel"] = channel, ["address"] = $"{Random.Shared.Next(100, 99999)} Counter Street",
        ["description"] = "Scaffolding leaning over the sidewalk.", ["confirmed_new"] = "true",
    };

    [Fact]
    public async Task WalkIn_FiledFromTheIntakeForm_ShowsChannelWalkInOnTheRequest()
    {
        var clerk = site.CreateBrowserClient();
        await clerk.SignInAsync();
        Assert.Contains("<option value=\"WalkIn\">Walk-in</option>", await clerk.GetStringAsync("/admin/intake?code=BUILDING"), StringComparison.Ordinal);

        var response = await clerk.PostWithPageTokenAsync("/admin/intake?code=BUILDING", "/admin/intake", Report("WalkIn"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var filed = FiledPattern().Match(await clerk.GetStringAsync("/admin/intake"));
        Assert.True(filed.Success, "The intake screen names the filed tracking number.");
        var tracking = filed.Groups[1].Value;
        Assert.Contains($"<strong>{tracking}</strong> · Walk-in ·", await clerk.GetStringAsync($"/admin/requests/{tracking}"), StringComparison.Ordinal);
        var detail = await site.CreateApiClient().GetFromJsonAsync<JsonObject>($"/api/service-requests/{tracking}");
        Assert.Equal("walkin", detail!["channel"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("Web")]
    [InlineData("5")]
    [InlineData("Carrier pigeon")]
    public async Task AChannelTheScreenDoesNotOffer_IsAFormError_AndNothingIsFiled(string channel)
    {
        var clerk = site.CreateBrowserClient();
        await clerk.SignInAsync();

        var response = await clerk.PostWithPageTokenAsync("/admin/intake?code=BUILDING", "/admin/intake", Report(channel));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose how the report came in: phone, walk-in, fax or email.", html, StringComparison.Ordinal);
        Assert.Contains("class=\"form-select is-invalid\" id=\"channel\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Filed ", await clerk.GetStringAsync("/admin/intake"), StringComparison.Ordinal);
    }
}
