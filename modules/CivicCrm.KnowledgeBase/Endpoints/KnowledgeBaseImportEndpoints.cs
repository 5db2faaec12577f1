using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Data;
using CivicCrm.KnowledgeBase.Models;
using CivicCrm.KnowledgeBase.Services;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Endpoints;

/// <summary>
/// <c>POST /api/kb/import</c> (a JSON array of items, upserted by external id, all or nothing) and
/// <c>GET /api/kb/export</c> (the same format). The import commits its own transaction and then brings this node's
/// search index up to date, so the items are searchable when the response arrives.
/// </summary>
public static class KnowledgeBaseImportEndpoints
{
    public const int MaxItems = 5000;

    public static void MapKnowledgeBaseImportEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/kb").WithTags("Knowledge base").RequirePermission(Permissions.EditKnowledgeBase);
        // The request's own transaction would commit only after the handler returns, too late for the catch-up.
        group.MapPost("/import", ImportAsync).WithMetadata(new WithoutUnitOfWorkAttribute()).DisableAntiforgery();
        group.MapGet("/export", ExportAsync);
    }

    private static async Task<Results<Ok<KnowledgeBaseImportResultDto>, ValidationProblem>> ImportAsync(
        HttpRequest request, IUnitOfWork unitOfWork, KnowledgeBaseImporter importer, KnowledgeBaseSearch search, CancellationToken cancellationToken)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(request.Body, cancellationToken: cancellationToken);
        }
        catch (JsonException e)
        {
            return Invalid("body", "The body is not valid JSON: " + e.Message);
        }

        if (body is not JsonArray array)
        {
            return Invalid("body", "The body must be a JSON array of items.");
        }

        if (array.Count > MaxItems)
        {
            return Invalid("body", $"Import at most {MaxItems} items per call.");
        }

        var errors = new Dictionary<string, List<string>>();
        var items = new List<KnowledgeBaseExchangeItem>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < array.Count; i++)
        {
            var (item, itemErrors) = KnowledgeBaseItemReader.Read(array[i]);
            foreach (var (field, message) in itemErrors)
            {
                Add(errors, i, field, message);
            }

            if (item is not null)
            {
                if (!ids.Add(item.Draft.ExternalId!))
                {
                    Add(errors, i, "externalId", $"The external id '{item.Draft.ExternalId}' appears twice.");
                }

                items.Add(item);
            }
        }

        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        }

        var (created, updated) = (0, 0);
        await using (var scope = await unitOfWork.BeginAsync(cancellationToken))
        {
            for (var i = 0; i < items.Count; i++)
            {
                try
                {
                    if (await importer.UpsertAsync(items[i], cancellationToken))
                    {
                        created++;
                    }
                    else
                    {
                        updated++;
                    }
                }
                catch (ContentValidationException e)
                {
                    foreach (var error in e.Errors)
                    {
                        Add(errors, i, Field(error.Path), error.Message);
                    }

                    // The failed save may have doomed the transaction; report what is known and roll everything back.
                    return TypedResults.ValidationProblem(errors.ToDictionary(x => x.Key, x => x.Value.ToArray()));
                }
            }

            await scope.CompleteAsync(cancellationToken);
        }

        await search.CatchUpAsync(cancellationToken);
        return TypedResults.Ok(new KnowledgeBaseImportResultDto(created, updated));
    }

    private static async Task<Ok<List<JsonObject>>> ExportAsync(IContentManager contents, CategoryStore categories, DbContext db, CancellationToken cancellationToken)
    {
        var tree = await categories.TreeAsync(cancellationToken);
        var ids = await db.Set<KnowledgeBaseIndex>().AsNoTracking().Where(r => r.Latest).OrderBy(r => r.Id).Select(r => r.ContentItemId).ToListAsync(cancellationToken);
        var list = new List<JsonObject>();
        foreach (var id in ids)
        {
            var item = await contents.GetAsync(id, VersionOptions.Published, cancellationToken) ?? await contents.GetAsync(id, VersionOptions.Latest, cancellationToken);
            if (item is null || Data.KnowledgeBaseItems.PartOf(item) is not { } part || part.Status == KnowledgeBaseStatus.Archived)
            {
                continue;
            }

            list.Add(KnowledgeBaseExport.ToJson(item, part, tree));
        }

        return TypedResults.Ok(list);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] });

    private static void Add(Dictionary<string, List<string>> errors, int index, string field, string message)
    {
        var key = field.Length == 0 ? $"[{index}]" : $"[{index}].{field}";
        if (!errors.TryGetValue(key, out var list))
        {
            errors[key] = list = [];
        }

        list.Add(message);
    }

    private static string Field(string path)
    {
        var name = path.StartsWith("KnowledgeBasePart.", StringComparison.Ordinal) || path.StartsWith("TitlePart.", StringComparison.Ordinal)
            ? path[(path.IndexOf('.', StringComparison.Ordinal) + 1)..] : path;
        return name.Length > 0 ? char.ToLowerInvariant(name[0]) + name[1..] : name;
    }
}
