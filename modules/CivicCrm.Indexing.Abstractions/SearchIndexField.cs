namespace CivicCrm.Indexing;

/// <summary>
/// A field of an index definition. With a <see cref="Source"/> (<c>Part.Field</c>, or <c>DisplayText</c>) its value is
/// read from the content item; without one it names a field a module's contributor adds, and only sets its boost and
/// whether it is stored.
/// </summary>
public sealed record SearchIndexField(
    string Name,
    string? Source = null,
    float Boost = 1f,
    bool Stored = false,
    SearchIndexFieldKind Kind = SearchIndexFieldKind.Text);

public enum SearchIndexFieldKind
{
    /// <summary>Analyzed words, searched with the index's language and synonyms.</summary>
    Text = 1,

    /// <summary>Exact values for filters and facets.</summary>
    Keyword = 2,
}
