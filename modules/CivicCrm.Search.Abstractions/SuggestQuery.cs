namespace CivicCrm.Search;

/// <summary>A prefix typed into a search box.</summary>
public sealed record SuggestQuery
{
    public string Prefix { get; init; } = "";

    public int Take { get; init; } = 8;

    /// <summary>The same keyword filters as a search (audience, type), so a suggestion never reveals a hidden item.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Filters { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
