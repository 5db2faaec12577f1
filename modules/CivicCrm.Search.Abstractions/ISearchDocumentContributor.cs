namespace CivicCrm.Search;

/// <summary>
/// Adds fields to the search document built from a published content item, beyond the fields its index definition
/// maps (e.g. the knowledge base adds <c>url</c>, <c>audience</c> and every ancestor of the item's category).
/// Registered by the module that owns the content type; called for every index the item's type belongs to.
/// </summary>
public interface ISearchDocumentContributor
{
    Task ContributeAsync(SearchDocumentContext context, CancellationToken cancellationToken = default);
}
