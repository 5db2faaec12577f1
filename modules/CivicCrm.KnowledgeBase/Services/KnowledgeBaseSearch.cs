using CivicCrm.KnowledgeBase.Models;
using CivicCrm.Search;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>
/// Searches the <c>knowledge-base</c> index for a reader: residents see public items only, staff internal ones too;
/// drafts and archived items are never in the index. <see cref="Available"/> is false while no search engine is
/// installed, and the pages and APIs say so instead of failing; so they do when the engine is there but the
/// <c>knowledge-base</c> index definition is not (a site set up without the demo recipe): searches then give null.
/// </summary>
public sealed class KnowledgeBaseSearch(IServiceProvider services)
{
    private readonly ISearchService? _engine = services.GetService<ISearchService>();

    public bool Available => _engine is not null;

    /// <param name="audience">For staff: only public or only internal items; ignored for residents, who see public ones.</param>
    public async Task<SearchResults?> SearchAsync(
        string text, int skip, int take, string? category, string? type, string? audience, bool includeInternal, CancellationToken cancellationToken)
    {
        var filters = Filters(includeInternal);
        if (includeInternal && audience is KnowledgeBaseAudiences.Public or KnowledgeBaseAudiences.Internal)
        {
            filters["audience"] = [audience];
        }

        if (!string.IsNullOrWhiteSpace(category))
        {
            filters["category"] = [category.Trim()];
        }

        if (KnowledgeBaseTypes.FromKind(type) is { } contentType)
        {
            filters["type"] = [KnowledgeBaseTypes.ToKind(contentType)];
        }

        try
        {
            return await Engine.SearchAsync(KnowledgeBaseUrls.IndexName, new SearchQuery
            {
                Text = text,
                Skip = skip,
                Take = take,
                Filters = filters,
                FacetFields = ["category", "type"],
                HighlightFields = ["title", "summary", "body"],
            }, cancellationToken);
        }
        catch (UnknownIndexException)
        {
            return null;
        }
    }

    public async Task<IReadOnlyList<SearchSuggestion>?> SuggestAsync(string prefix, int take, bool includeInternal, CancellationToken cancellationToken)
    {
        try
        {
            return await Engine.SuggestAsync(KnowledgeBaseUrls.IndexName, new SuggestQuery { Prefix = prefix, Take = take, Filters = Filters(includeInternal) }, cancellationToken);
        }
        catch (UnknownIndexException)
        {
            return null;
        }
    }

    /// <summary>Has every node rebuild its copy of the knowledge-base index in the background; nothing without an engine.</summary>
    public Task RequestRebuildAsync(CancellationToken cancellationToken) =>
        _engine?.RequestRebuildAsync(KnowledgeBaseUrls.IndexName, cancellationToken) ?? Task.CompletedTask;

    /// <summary>Makes every committed change searchable on this node before returning.</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) => _engine?.CatchUpAsync(cancellationToken) ?? Task.CompletedTask;

    private ISearchService Engine => _engine ?? throw new InvalidOperationException("No search engine is installed.");

    private static Dictionary<string, IReadOnlyList<string>> Filters(bool includeInternal) =>
        includeInternal ? [] : new() { ["audience"] = [KnowledgeBaseAudiences.Public] };
}
