namespace CivicCrm.Search;

/// <summary>One page of ranked hits.</summary>
/// <param name="Total">How many documents matched, over all pages.</param>
/// <param name="Facets">Per requested facet field, each value with its count, highest first.</param>
/// <param name="Fallback">How the query was widened when the exact one found nothing (<c>null</c> when it was not).</param>
public sealed record SearchResults(
    int Total,
    IReadOnlyList<SearchHit> Hits,
    IReadOnlyDictionary<string, IReadOnlyList<FacetValue>> Facets,
    SearchFallback? Fallback = null);

/// <param name="Stored">The index definition's stored fields, by field name.</param>
/// <param name="Highlights">Per field, snippets with the matched words wrapped in <c>&lt;mark&gt;</c>; the rest of the text is HTML-encoded.</param>
public sealed record SearchHit(
    string ContentItemId,
    string ContentType,
    float Score,
    IReadOnlyDictionary<string, string> Stored,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Highlights);

public sealed record FacetValue(string Value, int Count);

public sealed record SearchSuggestion(string Text, string? ContentItemId);

public enum SearchFallback
{
    /// <summary>No document had enough of the words (every word of a short search), so documents with any of them were returned.</summary>
    AnyWord = 1,

    /// <summary>Words were matched allowing typos.</summary>
    Fuzzy = 2,
}
