using CivicCrm.Indexing.Services;
using CivicCrm.Modules;
using CivicCrm.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Indexing.Endpoints;

/// <summary><c>/api/search/indexes</c>: the definitions with every node's copy, and a rebuild request, for monitoring and automation.</summary>
public static class SearchIndexEndpoints
{
    public static void MapSearchIndexEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/search/indexes").WithTags("Search indexes").RequirePermission(Permissions.ManageSearchIndexes);
        group.MapGet("/", ListAsync);
        group.MapPost("/{name}/rebuild", RebuildAsync);
    }

    private static async Task<Ok<List<SearchIndexDto>>> ListAsync(
        SearchIndexDefinitionStore store, IEnumerable<ISearchIndexMonitor> monitors, IFeatureManager features, CancellationToken cancellationToken)
    {
        var definitions = await store.ListAsync(cancellationToken);
        var monitor = features.IsEnabled("CivicCrm.Search.Lucene") ? monitors.FirstOrDefault() : null;
        var statuses = monitor is null ? [] : await monitor.GetStatusAsync(cancellationToken);
        return TypedResults.Ok(definitions.Select(d => new SearchIndexDto(
            d.Name, d.ContentTypes, d.Analyzer, d.Fields.Count, d.Synonyms.Count, d.ModifiedUtc,
            statuses.Where(s => s.IndexName == d.Name).Select(s => new SearchIndexNodeDto(
                s.Node, s.State.ToString(), s.Documents, s.Cursor, s.JournalHead, s.Lag, s.RebuildDone, s.RebuildTotal, s.LastError, s.UpdatedUtc)).ToList()))
            .ToList());
    }

    private static async Task<Results<Accepted, NotFound>> RebuildAsync(string name, SearchIndexDefinitionStore store, CancellationToken cancellationToken) =>
        await store.RequestRebuildAsync(name, cancellationToken) ? TypedResults.Accepted((string?)null) : TypedResults.NotFound();
}

public sealed record SearchIndexDto(
    string Name, IReadOnlyList<string> ContentTypes, string Analyzer, int Fields, int SynonymGroups, DateTime ModifiedUtc, IReadOnlyList<SearchIndexNodeDto> Nodes);

public sealed record SearchIndexNodeDto(
    string Node, string State, int Documents, long Cursor, long JournalHead, long Lag, int RebuildDone, int RebuildTotal, string? LastError, DateTime UpdatedUtc);
