using CivicCrm.Content;

namespace CivicCrm.Search;

/// <summary>The document being built for one published content item in one index.</summary>
public sealed class SearchDocumentContext(string indexName, ContentItem item)
{
    private readonly List<SearchDocumentField> _fields = [];

    public string IndexName { get; } = indexName;

    public ContentItem Item { get; } = item;

    public IReadOnlyList<SearchDocumentField> Fields => _fields;

    /// <summary>When set by a contributor, the item is left out of this index (e.g. an archived article).</summary>
    public bool Skip { get; set; }

    /// <summary>Analyzed text: searched with the index's analyzer and synonyms.</summary>
    public void AddText(string name, string? value, float boost = 1f, bool stored = false) =>
        Add(new SearchDocumentField(name, value ?? "", SearchFieldKind.Text, boost, stored));

    /// <summary>An exact value for filters and facets; may be added several times for several values.</summary>
    public void AddKeyword(string name, string? value, bool stored = true)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            Add(new SearchDocumentField(name, value, SearchFieldKind.Keyword, 1f, stored));
        }
    }

    /// <summary>Returned with each hit, not searched.</summary>
    public void AddStored(string name, string? value) =>
        Add(new SearchDocumentField(name, value ?? "", SearchFieldKind.StoredOnly, 1f, true));

    public void Add(SearchDocumentField field) => _fields.Add(field);
}
