using System.Text.RegularExpressions;

namespace CivicCrm.Tests.Support;

public static partial class FormExtensions
{
    [GeneratedRegex("<form\\b[^>]*>.*?</form>", RegexOptions.Singleline)]
    private static partial Regex FormPattern();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    /// <summary>
    /// GETs a page, finds the form that posts to <paramref name="action"/> and POSTs the fields with that form's
    /// own antiforgery token, as a browser would: a form without its token fails here as it would for a user.
    /// </summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string page, string action, IDictionary<string, string> fields)
    {
        var html = await client.GetStringAsync(page);
        var form = FormPattern().Matches(html).Select(m => m.Value)
            .FirstOrDefault(f => f.Contains($"action=\"{action}\"", StringComparison.Ordinal));
        Assert.True(form is not null, $"{page} has no form posting to {action}.");
        var token = TokenPattern().Match(form!);
        Assert.True(token.Success, $"The form posting to {action} on {page} has no antiforgery token.");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    /// <summary>
    /// POSTs with the first antiforgery token on the page: what a script on the page does, or a page that went
    /// stale (its form is no longer offered) being submitted anyway.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithPageTokenAsync(this HttpClient client, string page, string action, IDictionary<string, string> fields)
    {
        var token = TokenPattern().Match(await client.GetStringAsync(page));
        Assert.True(token.Success, $"{page} has no antiforgery token.");
        var values = new Dictionary<string, string>(fields) { ["__RequestVerificationToken"] = System.Net.WebUtility.HtmlDecode(token.Groups[1].Value) };
        return await client.PostAsync(action, new FormUrlEncodedContent(values));
    }

    public static async Task SignInAsync(this HttpClient client, string login = "admin", string password = SiteFactory.AdminPassword)
    {
        var response = await client.PostFormAsync("/admin/login", "/admin/login", new Dictionary<string, string> { ["Login"] = login, ["Password"] = password });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
    }
}
