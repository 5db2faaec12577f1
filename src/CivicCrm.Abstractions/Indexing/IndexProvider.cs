using CivicCrm.Content;

namespace CivicCrm.Indexing;

public abstract class IndexProvider<TIndex> : IIndexProvider where TIndex : ContentIndex
{
    public Type IndexType => typeof(TIndex);

    IEnumerable<ContentIndex> IIndexProvider.Map(ContentItem item) => Map(item);

    protected abstract IEnumerable<TIndex> Map(ContentItem item);
}
