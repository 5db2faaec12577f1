using CivicCrm.KnowledgeBase.Services;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.KnowledgeBase.Controllers;

/// <summary>The review queue: items waiting for review, past their review date, or voted unhelpful (worst share first).</summary>
[Route("admin/kb/review")]
[RequirePermission("ReviewKnowledgeBase")]
public sealed class KnowledgeBaseReviewController(ReviewQueue queue) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await queue.ListAsync(cancellationToken));
}
