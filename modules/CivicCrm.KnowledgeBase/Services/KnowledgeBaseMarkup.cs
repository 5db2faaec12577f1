using System.Net;
using System.Text.RegularExpressions;
using CivicCrm.KnowledgeBase.Models;
using Ganss.Xss;
using Markdig;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>
/// Turns a body into HTML that is safe to show (Markdown with raw HTML written as text, or imported HTML), always
/// sanitized; and into plain text for the search index.
/// </summary>
public sealed partial class KnowledgeBaseMarkup
{
    private readonly MarkdownPipeline _pipeline = new MarkdownPipelineBuilder()
        .UseEmphasisExtras()
        .UsePipeTables()
        .UseAutoLinks()
        .DisableHtml()
        .Build();

    private readonly HtmlSanitizer _sanitizer = CreateSanitizer();

    public string ToHtml(string? body, string? format) =>
        string.IsNullOrWhiteSpace(body) ? ""
        : format == KnowledgeBaseFormats.Html ? _sanitizer.Sanitize(body)
        : _sanitizer.Sanitize(Markdown.ToHtml(body, _pipeline));

    public string Sanitize(string? html) => string.IsNullOrWhiteSpace(html) ? "" : _sanitizer.Sanitize(html);

    public string ToPlainText(string? body, string? format)
    {
        if (string.IsNullOrWhiteSpace(body))
        {
            return "";
        }

        var text = format == KnowledgeBaseFormats.Html
            ? WebUtility.HtmlDecode(Tags().Replace(BlockEnds().Replace(body, "\n"), " "))
            : Markdown.ToPlainText(body, _pipeline);
        return Spaces().Replace(text, " ").Trim();
    }

    private static HtmlSanitizer CreateSanitizer()
    {
        var sanitizer = new HtmlSanitizer();
        sanitizer.AllowedSchemes.Add("mailto");
        sanitizer.AllowedSchemes.Add("tel");
        return sanitizer;
    }

    [GeneratedRegex("</(p|li|h[1-6]|div|tr)>|<br\\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockEnds();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex Tags();

    [GeneratedRegex("[ \\t\\r\\n]+")]
    private static partial Regex Spaces();
}
