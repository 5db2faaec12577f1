using System.Globalization;
using CivicCrm.Indexing;
using CivicCrm.Search.Lucene.Engine;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Document = Lucene.Net.Documents.Document;

namespace CivicCrm.Search.Lucene.Querying;

/// <summary>Searches this node's copy of an index: ranked hits, highlights, facet counts over all matches, fallbacks and suggestions.</summary>
internal sealed class LuceneSearchService(SearchIndexHost host, ISearchIndexDefinitions definitions) : ISearchService
{
    private const int MaxTake = 200;

    public Task RequestRebuildAsync(string indexName, CancellationToken cancellationToken = default) =>
        definitions.RequestRebuildAsync(indexName, cancellationToken);

    public async Task<SearchResults> SearchAsync(string indexName, SearchQuery query, CancellationToken cancellationToken = default)
    {
        var index = await LeaseAsync(indexName, cancellationToken);
        if (index is null)
        {
            return new SearchResults(0, [], query.FacetFields.ToDictionary(f => f, _ => (IReadOnlyList<FacetValue>)[]));
        }

        try
        {
            var searcher = index.Searchers.Acquire();
            try
            {
                return Search(index, searcher, query);
            }
            finally
            {
                index.Searchers.Release(searcher);
            }
        }
        finally
        {
            index.EndLease();
        }
    }

    public async Task<IReadOnlyList<SearchSuggestion>> SuggestAsync(string indexName, SuggestQuery query, CancellationToken cancellationToken = default)
    {
        var index = await LeaseAsync(indexName, cancellationToken);
        if (index is null)
        {
            return [];
        }

        try
        {
            var searcher = index.Searchers.Acquire();
            try
            {
                return Suggester.Suggest(index, searcher, query);
            }
            finally
            {
                index.Searchers.Release(searcher);
            }
        }
        finally
        {
            index.EndLease();
        }
    }

    public Task CatchUpAsync(CancellationToken cancellationToken = default) => host.CatchUpAsync(cancellationToken);

    private async Task<LuceneIndex?> LeaseAsync(string indexName, CancellationToken cancellationToken)
    {
        if (host.Lease(indexName) is { } index)
        {
            return index;
        }

        if (await definitions.FindAsync(indexName, cancellationToken) is null)
        {
            throw new UnknownIndexException(indexName);
        }

        // Defined, but this node has not opened its copy yet (it was just created, or the node just started).
        await host.CatchUpAsync(cancellationToken);
        return host.Lease(indexName);
    }

    internal static SearchResults Search(LuceneIndex index, IndexSearcher searcher, SearchQuery query)
    {
        var skip = Math.Max(0, query.Skip);
        var take = Math.Clamp(query.Take, 0, MaxTake);
        var built = new QueryBuilder(index, searcher.IndexReader).Build(query.Text);
        var filter = FilterQuery.For(query.Filters);

        var used = built.Strict;
        var fallback = built.Fuzzy ? SearchFallback.Fuzzy : (SearchFallback?)null;
        var (top, facets) = Run(searcher, used, filter, skip + take, query.FacetFields);
        if (top.TotalHits == 0 && built.AnyWord is not null)
        {
            used = built.AnyWord;
            (top, facets) = Run(searcher, used, filter, skip + take, query.FacetFields);
            fallback = built.Fuzzy ? SearchFallback.Fuzzy : SearchFallback.AnyWord;
        }

        if (top.TotalHits == 0 && built.FuzzyAll is not null)
        {
            used = built.FuzzyAll;
            (top, facets) = Run(searcher, used, filter, skip + take, query.FacetFields);
            fallback = SearchFallback.Fuzzy;
        }

        if (top.TotalHits == 0)
        {
            fallback = null;
        }

        var highlightFields = query.HighlightFields.Count > 0
            ? query.HighlightFields
            : index.Definition.Fields.Where(f => f is { Stored: true, Kind: SearchIndexFieldKind.Text }).Select(f => f.Name).ToList();
        var rewritten = searcher.Rewrite(used);
        var hits = new List<SearchHit>();
        foreach (var scoreDoc in top.GetTopDocs(skip, take).ScoreDocs)
        {
            hits.Add(ToHit(index, searcher.IndexReader, searcher.Doc(scoreDoc.Doc), scoreDoc.Score, rewritten, highlightFields, query.Text));
        }

        return new SearchResults(top.TotalHits, hits, facets.Result(), fallback);
    }

    private static (TopScoreDocCollector Top, FacetCounter Facets) Run(IndexSearcher searcher, Query query, Filter? filter, int count, IReadOnlyList<string> facetFields)
    {
        var top = TopScoreDocCollector.Create(Math.Max(1, count), docsScoredInOrder: false);
        var facets = new FacetCounter(facetFields);
        searcher.Search(query, filter, MultiCollector.Wrap(top, facets));
        return (top, facets);
    }

    private static SearchHit ToHit(
        LuceneIndex index, IndexReader reader, Document document, float score, Query query, IReadOnlyList<string> highlightFields, string text)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var field in document.Fields)
        {
            if (field.Name.StartsWith('_') || field.GetStringValue(CultureInfo.InvariantCulture) is not { } value)
            {
                continue;
            }

            if (!values.TryGetValue(field.Name, out var list))
            {
                values[field.Name] = list = [];
            }

            list.Add(value);
        }

        foreach (var (name, list) in values)
        {
            stored[name] = string.Join('\n', list);
        }

        var highlights = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        if (text.Trim().Length > 0)
        {
            foreach (var field in highlightFields)
            {
                if (values.TryGetValue(field, out var list) && SnippetHighlighter.Highlight(index, reader, query, field, list) is { Count: > 0 } snippets)
                {
                    highlights[field] = snippets;
                }
            }
        }

        return new SearchHit(document.Get(LuceneIndex.IdField, CultureInfo.InvariantCulture), document.Get(LuceneIndex.TypeField, CultureInfo.InvariantCulture), score, stored, highlights);
    }
}
