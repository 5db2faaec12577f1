namespace CivicCrm.Search;

/// <summary>What a person searched for, and how the results are cut.</summary>
public sealed record SearchQuery
{
    public string Text { get; init; } = "";

    public int Skip { get; init; }

    public int Take { get; init; } = 10;

    /// <summary>Keyword fields that must match one of the given values, e.g. <c>audience = [public]</c>, <c>category = [Trash]</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();

    /// <summary>Keyword fields to count values of over all matching documents (not just the page).</summary>
    public IReadOnlyList<string> FacetFields { get; init; } = [];

    /// <summary>Fields to return highlighted snippets for; the index definition's stored text fields when empty.</summary>
    public IReadOnlyList<string> HighlightFields { get; init; } = [];
}
