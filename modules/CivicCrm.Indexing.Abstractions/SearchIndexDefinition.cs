namespace CivicCrm.Indexing;

/// <summary>
/// One search index: the content types it holds, how their fields are indexed, the language of its analyzer and its
/// synonyms. Every node keeps its own copy on disk; a copy built for another <see cref="Stamp"/> is rebuilt.
/// </summary>
public sealed record SearchIndexDefinition
{
    public string Name { get; init; } = "";

    public IReadOnlyList<string> ContentTypes { get; init; } = [];

    public IReadOnlyList<SearchIndexField> Fields { get; init; } = [];

    /// <summary>One of <see cref="SearchAnalyzers.All"/>.</summary>
    public string Analyzer { get; init; } = SearchAnalyzers.English;

    /// <summary>Lines of equivalent words or phrases separated by commas, e.g. <c>street lamp, street light</c>.</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>Changes whenever the definition changes or a rebuild is asked for.</summary>
    public string Stamp { get; init; } = "";

    public DateTime ModifiedUtc { get; init; }

    public bool Holds(string contentType) => ContentTypes.Contains(contentType, StringComparer.OrdinalIgnoreCase);

    /// <summary>The field of that name, if the definition declares one.</summary>
    public SearchIndexField? Field(string name) => Fields.FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
}
