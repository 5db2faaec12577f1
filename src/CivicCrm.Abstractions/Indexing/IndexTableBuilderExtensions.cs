using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CivicCrm.Indexing;

public static class IndexTableBuilderExtensions
{
    /// <summary>Configures the columns every index table shares: key, item id and version id, both indexed.</summary>
    public static EntityTypeBuilder<TIndex> IsContentIndex<TIndex>(this EntityTypeBuilder<TIndex> index)
        where TIndex : ContentIndex
    {
        index.HasKey(x => x.Id);
        index.Property(x => x.ContentItemId).HasMaxLength(26);
        index.Property(x => x.ContentItemVersionId).HasMaxLength(26);
        index.HasIndex(x => x.ContentItemVersionId);
        index.HasIndex(x => x.ContentItemId);
        return index;
    }
}
