using System.Text.Json.Nodes;
using CivicCrm.Auditing;
using CivicCrm.Content;
using CivicCrm.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace CivicCrm.Data;

/// <summary>The platform's own tables.</summary>
internal sealed class CoreModelContributor : IDataModelContributor
{
    private const int IdLength = 26;

    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ContentItem>(item =>
        {
            item.ToTable("ContentItems");
            item.HasKey(x => x.ContentItemVersionId);
            item.Property(x => x.ContentItemVersionId).HasMaxLength(IdLength);
            item.Property(x => x.ContentItemId).HasMaxLength(IdLength);
            item.Property(x => x.ContentType).HasMaxLength(100);
            item.Property(x => x.DisplayText).HasMaxLength(500);
            item.Property(x => x.Owner).HasMaxLength(256);
            item.Property(x => x.Author).HasMaxLength(256);
            item.Property(x => x.ConcurrencyStamp).IsConcurrencyToken();
            item.Property(x => x.Content).HasConversion(
                json => json.ToJsonString(null),
                text => JsonNode.Parse(text, null, default) as JsonObject ?? new JsonObject(),
                new ValueComparer<JsonObject>(
                    (a, b) => JsonNode.DeepEquals(a, b),
                    json => json.ToJsonString(null).GetHashCode(StringComparison.Ordinal),
                    json => (JsonObject)json.DeepClone()));
            item.HasIndex(x => x.ContentItemId);
            // At most one latest and one published version per item, enforced by the database.
            item.HasIndex(x => x.ContentItemId, "IX_ContentItems_Latest").IsUnique().HasFilter("\"Latest\"");
            item.HasIndex(x => x.ContentItemId, "IX_ContentItems_Published").IsUnique().HasFilter("\"Published\"");
        });

        modelBuilder.Entity<ContentItemIndex>(index =>
        {
            index.ToTable("ContentItemIndex");
            index.IsContentIndex();
            index.Property(x => x.ContentType).HasMaxLength(100);
            index.Property(x => x.DisplayText).HasMaxLength(500);
            index.Property(x => x.Owner).HasMaxLength(256);
            index.Property(x => x.Author).HasMaxLength(256);
            index.HasIndex(x => new { x.ContentType, x.Published, x.ModifiedUtc });
            index.HasIndex(x => new { x.ContentType, x.Latest, x.ModifiedUtc });
            index.HasIndex(x => x.DisplayText);
        });

        modelBuilder.Entity<IndexingJournalEntry>(entry =>
        {
            entry.ToTable("IndexingJournal");
            entry.HasKey(x => x.Id);
            entry.Property(x => x.ContentItemId).HasMaxLength(IdLength);
            entry.Property(x => x.ContentType).HasMaxLength(100);
        });

        modelBuilder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("AuditLog");
            entry.HasKey(x => x.Id);
            entry.Property(x => x.Action).HasMaxLength(40);
            entry.Property(x => x.UserName).HasMaxLength(256);
            entry.Property(x => x.ContentItemId).HasMaxLength(IdLength);
            entry.Property(x => x.ContentItemVersionId).HasMaxLength(IdLength);
            entry.Property(x => x.ContentType).HasMaxLength(100);
            entry.Property(x => x.DisplayText).HasMaxLength(500);
            entry.HasIndex(x => new { x.ContentItemId, x.CreatedUtc });
            entry.HasIndex(x => x.CreatedUtc);
        });

        modelBuilder.Entity<DocumentRecord>(document =>
        {
            document.ToTable("Documents");
            document.HasKey(x => x.Name);
            document.Property(x => x.Name).HasMaxLength(100);
            document.Property(x => x.Version).IsConcurrencyToken();
        });

        modelBuilder.Entity<Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey>(key =>
        {
            key.ToTable("DataProtectionKeys");
            key.HasKey(x => x.Id);
        });

        modelBuilder.Entity<FeatureState>(state =>
        {
            state.ToTable("FeatureStates");
            state.HasKey(x => x.FeatureId);
            state.Property(x => x.FeatureId).HasMaxLength(100);
        });
    }
}
