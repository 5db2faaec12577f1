using System.Security.Claims;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Endpoints;

/// <summary>
/// <c>GET /api/kb/search</c> and <c>/api/kb/suggest</c>: anonymous callers get public items only; staff (signed in or
/// with an API key holding ViewInternalKnowledgeBase) internal ones too. Drafts are never in the index.
/// </summary>
public static class KnowledgeBaseSearchEndpoints
{
    public const int MaxTop = 50;

    public static void MapKnowledgeBaseSearchEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/kb").WithTags("Knowledge base").AllowAnonymous();
        group.MapGet("/search", SearchAsync);
        group.MapGet("/suggest", SuggestAsync);
    }

    private static async Task<Results<Ok<KnowledgeBaseSearchDto>, ValidationProblem, ProblemHttpResult>> SearchAsync(
        string? q, int? top, int? skip, string? category, string? type, string? audience, ClaimsPrincipal user,
        KnowledgeBaseSearch search, KnowledgeBaseReaders readers, CategoryStore categories, DbContext db, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(q) || q.Length > 200)
        {
            errors["q"] = ["Give the words to search for (at most 200 characters)."];
        }

        if (top is < 1 or > MaxTop)
        {
            errors["top"] = [$"top must be between 1 and {MaxTop}."];
        }

        if (skip is < 0 or > 10_000)
        {
            errors["skip"] = ["skip must be between 0 and 10000."];
        }

        if (type is not null && KnowledgeBaseTypes.FromKind(type) is null)
        {
            errors["type"] = ["type must be faq, article or script."];
        }

        if (audience is not (null or KnowledgeBaseAudiences.Public or KnowledgeBaseAudiences.Internal))
        {
            errors["audience"] = ["audience must be public or internal."];
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }

        if (!search.Available)
        {
            return Unavailable();
        }

        var staff = await readers.SeesInternalAsync(user, cancellationToken);
        if (await search.SearchAsync(q!.Trim(), skip ?? 0, top ?? 10, category, type, audience, staff, cancellationToken) is not { } results)
        {
            return Unavailable();
        }

        var ids = results.Hits.Select(h => h.ContentItemId).ToList();
        var rows = await db.Set<KnowledgeBaseIndex>().AsNoTracking().Where(r => ids.Contains(r.ContentItemId) && r.Published)
            .ToDictionaryAsync(r => r.ContentItemId, cancellationToken);
        var tree = await categories.TreeAsync(cancellationToken);
        var hits = results.Hits.Select(h =>
        {
            rows.TryGetValue(h.ContentItemId, out var row);
            return new KnowledgeBaseHitDto(h.ContentItemId, row?.ExternalId ?? Stored(h.Stored, "externalId"), row?.Title ?? Stored(h.Stored, "title") ?? "",
                KnowledgeBaseTypes.ToKind(h.ContentType), Stored(h.Stored, "url") ?? KnowledgeBaseUrls.Item(row?.Slug, h.ContentItemId), h.Score, h.Highlights);
        }).ToList();
        var facets = results.Facets.ToDictionary(f => f.Key, f => (IReadOnlyList<KnowledgeBaseFacetDto>)f.Value
            .Select(v => new KnowledgeBaseFacetDto(v.Value, f.Key == "category" ? tree.NameOf(v.Value) : v.Value, v.Count)).ToList());
        return TypedResults.Ok(new KnowledgeBaseSearchDto(results.Total, hits, facets, results.Fallback?.ToString()));
    }

    private static async Task<Results<Ok<List<KnowledgeBaseSuggestionDto>>, ValidationProblem, ProblemHttpResult>> SuggestAsync(
        string? q, ClaimsPrincipal user, KnowledgeBaseSearch search, KnowledgeBaseReaders readers, DbContext db, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(q) || q.Length > 100)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["q"] = ["Give what was typed so far (at most 100 characters)."] });
        }

        if (!search.Available)
        {
            return Unavailable();
        }

        var staff = await readers.SeesInternalAsync(user, cancellationToken);
        if (await search.SuggestAsync(q.Trim(), 8, staff, cancellationToken) is not { } suggestions)
        {
            return Unavailable();
        }

        var ids = suggestions.Select(s => s.ContentItemId).OfType<string>().ToList();
        var slugs = await db.Set<KnowledgeBaseIndex>().AsNoTracking().Where(r => ids.Contains(r.ContentItemId) && r.Published)
            .ToDictionaryAsync(r => r.ContentItemId, r => r.Slug, cancellationToken);
        return TypedResults.Ok(suggestions.Select(s => new KnowledgeBaseSuggestionDto(s.Text, s.ContentItemId,
            s.ContentItemId is { } id && slugs.TryGetValue(id, out var slug) ? KnowledgeBaseUrls.Item(slug, id) : null)).ToList());
    }

    private static ProblemHttpResult Unavailable() =>
        TypedResults.Problem("Search is not available: no search engine is enabled on this site.", statusCode: StatusCodes.Status503ServiceUnavailable);

    private static string? Stored(IReadOnlyDictionary<string, string> stored, string name) => stored.TryGetValue(name, out var value) ? value : null;
}
