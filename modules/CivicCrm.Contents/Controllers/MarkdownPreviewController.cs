using CivicCrm.Contents.Services;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Contents.Controllers;

/// <summary>Renders the editor's Markdown for its Preview tab; the answer is sanitized HTML.</summary>
[Route("admin/content/markdown-preview")]
[RequirePermission("EditContent")]
public sealed class MarkdownPreviewController(MarkdownRenderer markdown) : Controller
{
    [HttpPost("")]
    [RequestSizeLimit(1_000_000)]
    public ContentResult Render([FromForm] string? markdownText) => Content(markdown.Render(markdownText), "text/html; charset=utf-8");
}
