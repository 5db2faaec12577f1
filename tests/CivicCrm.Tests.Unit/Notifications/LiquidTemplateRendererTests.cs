using CivicCrm.Notifications;
using CivicCrm.Notifications.Templates;
using Microsoft.Extensions.Options;

namespace CivicCrm.Tests.Unit.Notifications;

public class LiquidTemplateRendererTests
{
    private static readonly LiquidTemplateRenderer Renderer = new(Options.Create(new NotificationsOptions { TemplateMaxSteps = 1000, TemplateMaxOutputChars = 5000 }));

    private static Task<RenderedEmail> RenderAsync(string text, IReadOnlyDictionary<string, object?>? model = null) =>
        Renderer.RenderAsync("Subject", text, null, model ?? new Dictionary<string, object?>());

    [Fact]
    public async Task RenderAsync_ModelKeysListsAndFilters_AreRendered()
    {
        var email = await RenderAsync("{{ name | upcase }}: {% for item in items %}{{ item.code }};{% endfor %}", new Dictionary<string, object?>
        {
            ["name"] = "pothole",
            ["items"] = new[] { new Dictionary<string, object?> { ["code"] = "A" }, new Dictionary<string, object?> { ["code"] = "B" } },
        });

        Assert.Equal("POTHOLE: A;B;", email.TextBody);
    }

    [Fact]
    public async Task RenderAsync_EndlessLoop_StopsAtMaxSteps()
    {
        var error = await Assert.ThrowsAsync<TemplateException>(() => RenderAsync("{% for i in (1..100000) %}{% for j in (1..100000) %}{% endfor %}{% endfor %}"));

        Assert.Contains("could not be rendered", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_HugeOutput_StopsAtMaxOutputSize()
    {
        await Assert.ThrowsAsync<TemplateException>(() => RenderAsync("{% for i in (1..900) %}0123456789{% endfor %}"));
    }

    [Fact]
    public async Task RenderAsync_DotNetObject_OnlyItsTextIsVisible()
    {
        var email = await RenderAsync("{{ when.Ticks }}|{{ uri.Host }}|{{ uri }}", new Dictionary<string, object?>
        {
            ["when"] = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero), ["uri"] = new Uri("https://riverton.example.gov/x"),
        });

        Assert.Equal("||https://riverton.example.gov/x", email.TextBody);
    }

    [Fact]
    public async Task RenderAsync_Subject_IsOneLine_AndHtmlIsEncoded()
    {
        var model = new Dictionary<string, object?> { ["value"] = "a\r\nBcc: x@example.org <script>" };

        var email = await Renderer.RenderAsync("Hi {{ value }}", "{{ value }}", "<p>{{ value }}</p>", model);

        Assert.DoesNotContain('\n', email.Subject);
        Assert.Contains("&lt;script&gt;", email.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenderAsync_BrokenLiquid_NamesThePart()
    {
        var error = await Assert.ThrowsAsync<TemplateException>(() => RenderAsync("{% if %}"));

        Assert.StartsWith("The text does not parse", error.Message, StringComparison.Ordinal);
        Assert.NotNull(LiquidTemplateRenderer.Check("{% if %}"));
        Assert.Null(LiquidTemplateRenderer.Check("{{ ok }}"));
    }
}
