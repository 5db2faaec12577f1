using CivicCrm.Contents.Services;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Contents.Controllers;

/// <summary>Renders the editor's Markdown for its Preview tab; the answer is sanitized HTML.</summary>
[Route("admin/content/markdown-preview")]
[RequirePermission("EditContent")]
public sealed class MarkdownPreviewController(MarkdownRenderer markdown) : Controller
{
    private const int MaxLength = 200_000;

    [HttpPost("")]
    public IActionResult Render([FromForm] string? markdownText) =>
        markdownText?.Length > MaxLength
            ? BadRequest($"The preview takes at most {MaxLength} characters.")
            : Content(markdown.Render(markdownText), "text/html; charset=utf-8");
}
