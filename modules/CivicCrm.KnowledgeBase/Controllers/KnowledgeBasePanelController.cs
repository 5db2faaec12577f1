using CivicCrm.KnowledgeBase.Services;
using CivicCrm.KnowledgeBase.ViewModels;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.KnowledgeBase.Controllers;

/// <summary><c>/admin/kb/panel/{id}</c>: one published item as an HTML fragment for the call-taker's panel (staff only).</summary>
[Route("admin/kb/panel")]
[RequirePermission("ViewInternalKnowledgeBase")]
public sealed class KnowledgeBasePanelController(KnowledgeBaseReader reader, KnowledgeBaseMarkup markup) : Controller
{
    [HttpGet("{id}")]
    public async Task<IActionResult> Show(string id, CancellationToken cancellationToken)
    {
        if (await reader.FindAsync(id, includeInternal: true, cancellationToken) is not var (item, part))
        {
            return NotFound();
        }

        return PartialView("_PanelItem", new KnowledgeBaseArticleViewModel(item.ContentItemId, item.ContentType, item.DisplayText, part,
            markup.ToHtml(part.Body, part.BodyFormat), [], [], part.ReportRequestType, false, item.PublishedUtc));
    }
}
