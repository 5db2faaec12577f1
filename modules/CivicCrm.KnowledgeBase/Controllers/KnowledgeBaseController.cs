using System.Security.Cryptography;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;
using CivicCrm.KnowledgeBase.ViewModels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Controllers;

/// <summary>
/// The public knowledge base: <c>/kb</c> (categories, popular items, search box), <c>/kb/search</c>, <c>/kb/categories/{slug}</c>,
/// item pages <c>/kb/{slug-or-id}</c> and their "was this helpful?" votes. Residents see published public items; signed-in
/// staff also internal ones. Drafts, items in review and archived items answer 404.
/// </summary>
[AllowAnonymous]
[Route("kb")]
public sealed class KnowledgeBaseController(
    KnowledgeBaseReader reader,
    KnowledgeBaseReaders readers,
    KnowledgeBaseSearch search,
    CategoryStore categories,
    KnowledgeBaseMarkup markup,
    HelpfulnessVotes votes,
    KnowledgeBaseViewCounts views,
    DbContext db) : Controller
{
    public const string VoterCookie = "civiccrm.kbvoter";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var staff = await readers.SeesInternalAsync(User, cancellationToken);
        var tree = await categories.TreeAsync(cancellationToken);
        var visible = reader.Visible(staff).Select(r => r.ContentItemId);
        var direct = await db.Set<KnowledgeBaseCategoryIndex>().AsNoTracking().Where(c => c.Published && visible.Contains(c.ContentItemId))
            .GroupBy(c => c.CategorySlug).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var counts = tree.All.ToDictionary(c => c.Slug,
            c => tree.SelfAndDescendants(c.Slug).Sum(d => direct.FirstOrDefault(x => x.Key == d.Slug)?.Count ?? 0));
        var popular = await reader.PopularAsync(staff, 6, cancellationToken);
        return View(new KnowledgeBaseHomeViewModel(tree, counts, popular, search.Available));
    }

    [HttpGet("search")]
    public async Task<IActionResult> Search(string? q, string? category, string? type, string? audience, int page = 1, CancellationToken cancellationToken = default)
    {
        q = q?.Trim() ?? "";
        if (q.Length == 0)
        {
            return category is null ? Redirect("/kb") : Redirect("/kb/categories/" + Uri.EscapeDataString(category));
        }

        if (q.Length > 200)
        {
            q = q[..200];
        }

        page = Math.Clamp(page, 1, 100);
        var staff = await readers.SeesInternalAsync(User, cancellationToken);
        var tree = await categories.TreeAsync(cancellationToken);
        var size = KnowledgeBaseSearchViewModel.PageSize;
        type = KnowledgeBaseTypes.FromKind(type) is { } contentType ? KnowledgeBaseTypes.ToKind(contentType) : null;
        audience = staff && audience is KnowledgeBaseAudiences.Public or KnowledgeBaseAudiences.Internal ? audience : null;
        if (!search.Available || await search.SearchAsync(q, (page - 1) * size, size, category, type, audience, staff, cancellationToken) is not { } results)
        {
            Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
            return View(new KnowledgeBaseSearchViewModel { Query = q, Available = false, Fallback = await reader.PopularAsync(staff, 5, cancellationToken) });
        }

        var hits = results.Hits.Select(h =>
        {
            var title = h.Stored.GetValueOrDefault("title") ?? "";
            var titleHtml = h.Highlights.TryGetValue("title", out var t) && t.Count > 0 ? t[0] : System.Net.WebUtility.HtmlEncode(title);
            var snippet = (h.Highlights.GetValueOrDefault("body") ?? []).Concat(h.Highlights.GetValueOrDefault("summary") ?? []).FirstOrDefault()
                ?? System.Net.WebUtility.HtmlEncode(Excerpt(h.Stored.GetValueOrDefault("summary") is { Length: > 0 } summary ? summary : h.Stored.GetValueOrDefault("body")));
            return new KnowledgeBaseResult(title, titleHtml, h.Stored.GetValueOrDefault("url") ?? "/kb/" + h.ContentItemId, h.ContentType, snippet);
        }).ToList();
        var facets = results.Facets.GetValueOrDefault("category") ?? [];
        return View(new KnowledgeBaseSearchViewModel
        {
            Query = q,
            Category = category,
            Type = type,
            Audience = audience,
            ShowAudience = staff,
            Types = (results.Facets.GetValueOrDefault("type") ?? []).Select(f => (f.Value, f.Count)).ToList(),
            CategoryName = category is null ? null : tree.NameOf(category),
            Page = page,
            Total = results.Total,
            Widened = results.Fallback is not null,
            Results = hits,
            Facets = facets.Select(f => (f.Value, tree.NameOf(f.Value), f.Count)).ToList(),
            Fallback = results.Total == 0 ? await reader.PopularAsync(staff, 5, cancellationToken) : [],
        });
    }

    [HttpGet("categories/{slug}")]
    public async Task<IActionResult> Category(string slug, CancellationToken cancellationToken)
    {
        var tree = await categories.TreeAsync(cancellationToken);
        if (tree.BySlug(slug) is not { } category)
        {
            return NotFound();
        }

        var staff = await readers.SeesInternalAsync(User, cancellationToken);
        var slugs = tree.SelfAndDescendants(slug).Select(c => c.Slug).ToList();
        var items = await reader.InCategoriesAsync(slugs, staff, cancellationToken);
        var node = tree.Flatten().First(n => n.Category.Id == category.Id);
        return View(new KnowledgeBaseCategoryViewModel(category, tree.SelfAndAncestors(slug).Reverse().ToList(), node.Children, items));
    }

    [HttpGet("{slugOrId}")]
    public async Task<IActionResult> Show(string slugOrId, CancellationToken cancellationToken)
    {
        var staff = await readers.SeesInternalAsync(User, cancellationToken);
        if (await reader.FindAsync(slugOrId, staff, cancellationToken) is not var (item, part))
        {
            return NotFound();
        }

        // A read by a resident (or a call-taker on the phone) of a public answer; HEAD, internal items and editors are not counted.
        if (HttpMethods.IsGet(Request.Method) && part.Audience == KnowledgeBaseAudiences.Public && !await readers.IsEditorAsync(User, cancellationToken))
        {
            await views.RecordAsync(item.ContentItemId, cancellationToken);
        }

        var tree = await categories.TreeAsync(cancellationToken);
        var related = await reader.RelatedAsync(item.ContentItemId, part, staff, 5, cancellationToken);
        var voted = await votes.HasVotedAsync(item.ContentItemId, Request.Cookies[VoterCookie], cancellationToken);
        return View(new KnowledgeBaseArticleViewModel(
            item.ContentItemId, item.ContentType, item.DisplayText, part, markup.ToHtml(part.Body, part.BodyFormat),
            part.Categories.Select(s => (s, tree.NameOf(s))).ToList(), related,
            part.ReportRequestType ?? (part.RequestTypeList.Count > 0 ? part.RequestTypeList[0] : null), voted, item.PublishedUtc ?? item.ModifiedUtc));
    }

    /// <summary>"Was this helpful?": one vote per browser (a random cookie, stored hashed), with an optional comment.</summary>
    [HttpPost("{slugOrId}/vote")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Vote(string slugOrId, string? helpful, string? comment, CancellationToken cancellationToken)
    {
        var staff = await readers.SeesInternalAsync(User, cancellationToken);
        if (await reader.FindAsync(slugOrId, staff, cancellationToken) is not var (item, part))
        {
            return NotFound();
        }

        if (helpful is not ("yes" or "no") || comment?.Length > HelpfulnessVotes.MaxCommentLength)
        {
            return BadRequest($"Answer yes or no; a comment has at most {HelpfulnessVotes.MaxCommentLength} characters.");
        }

        var voter = Request.Cookies[VoterCookie];
        if (string.IsNullOrEmpty(voter) || voter.Length > 64)
        {
            voter = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
            Response.Cookies.Append(VoterCookie, voter, new CookieOptions
            {
                HttpOnly = true,
                IsEssential = true,
                SameSite = SameSiteMode.Lax,
                Secure = Request.IsHttps,
                MaxAge = TimeSpan.FromDays(365),
            });
        }

        await votes.RecordAsync(item.ContentItemId, voter, helpful == "yes", comment, cancellationToken);
        TempData["Voted"] = helpful;
        return Redirect(KnowledgeBaseUrls.Item(part.Slug, item.ContentItemId) + "#helpful");
    }

    /// <summary>The start of a text, cut at a word, when the engine had no snippet for the words searched.</summary>
    private static string Excerpt(string? text, int length = 220)
    {
        if (string.IsNullOrEmpty(text) || text.Length <= length)
        {
            return text ?? "";
        }

        var cut = text.LastIndexOf(' ', length);
        return string.Concat(text.AsSpan(0, cut > 0 ? cut : length), "…");
    }
}
