using Ganss.Xss;
using Markdig;

namespace CivicCrm.Themes.Portal.Services;

/// <summary>
/// Renders a page's Markdown body to HTML that is safe to show residents: raw HTML in the Markdown is written
/// as text, and the result is sanitized (no scripts, event handlers or <c>javascript:</c> links).
/// </summary>
public sealed class PageMarkdown
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string? markdown) =>
        string.IsNullOrWhiteSpace(markdown) ? "" : _sanitizer.Sanitize(Markdown.ToHtml(markdown, _pipeline));

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        return sanitizer;
    }
}
