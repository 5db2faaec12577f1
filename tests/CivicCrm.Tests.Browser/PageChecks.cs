using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CivicCrm.Tests.Browser;

/// <summary>Checks a browser test can run on any page: accessibility (axe) and the Content-Security-Policy.</summary>
public static class PageChecks
{
    /// <summary>
    /// The policy the pages must work under: scripts only from the site, no inline script. Images may also be
    /// data: URLs, which Bootstrap's CSS uses for its toggler, close and check icons.
    /// </summary>
    public const string ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; script-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    /// <summary>Runs axe on the page and fails on any serious or critical violation, naming each.</summary>
    public static async Task AssertNoSeriousAccessibilityViolationsAsync(IPage page)
    {
        var result = await page.RunAxe();

        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{page.Url}: " + string.Join("\n", serious.Select(v =>
            $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}")));
    }

    /// <summary>
    /// A browser context whose responses carry <see cref="ContentSecurityPolicy"/> (the site does not send one yet),
    /// and a list that collects every violation the browser reports.
    /// </summary>
    public static async Task<(IBrowserContext Context, List<string> Violations)> NewContextUnderPolicyAsync(IBrowser browser, Uri baseAddress, BrowserNewContextOptions? options = null)
    {
        options ??= new BrowserNewContextOptions();
        options.BaseURL = baseAddress.ToString();
        var context = await browser.NewContextAsync(options);
        await context.RouteAsync("**/*", async route =>
        {
            var response = await route.FetchAsync();
            var headers = new Dictionary<string, string>(response.Headers) { ["content-security-policy"] = ContentSecurityPolicy };
            await route.FulfillAsync(new RouteFulfillOptions { Response = response, Headers = headers });
        });
        var violations = new List<string>();
        context.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        return (context, violations);
    }
}
