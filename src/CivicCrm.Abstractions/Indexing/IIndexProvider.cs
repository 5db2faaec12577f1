using CivicCrm.Content;

namespace CivicCrm.Indexing;

/// <summary>
/// Maps a content item version to rows of one index table. Called on every save, inside the save's
/// transaction; the rows of that version are replaced by what the provider returns.
/// </summary>
public interface IIndexProvider
{
    Type IndexType { get; }

    IEnumerable<ContentIndex> Map(ContentItem item);
}
