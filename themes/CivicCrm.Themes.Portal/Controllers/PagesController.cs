using CivicCrm.Themes.Portal.Services;
using CivicCrm.Themes.Portal.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Themes.Portal.Controllers;

/// <summary><c>/pages/{contentItemId}</c>: one public page. Unknown, unpublished and staff-only pages answer 404.</summary>
[AllowAnonymous]
[Route("pages")]
public sealed class PagesController(PublicPages pages, PageMarkdown markdown) : Controller
{
    [HttpGet("{contentItemId}")]
    public async Task<IActionResult> Show(string contentItemId, CancellationToken cancellationToken)
    {
        var page = await pages.GetAsync(contentItemId, cancellationToken);
        if (page is null)
        {
            return NotFound();
        }

        return View(new PageViewModel(
            page.DisplayText,
            PublicPages.Text(page, "Summary"),
            markdown.ToHtml(PublicPages.Text(page, "Body")),
            page.PublishedUtc));
    }
}
