namespace CivicCrm.Search;

public sealed record SearchDocumentField(string Name, string Value, SearchFieldKind Kind, float Boost, bool Stored);

public enum SearchFieldKind
{
    Text = 1,
    Keyword = 2,
    StoredOnly = 3,
}
