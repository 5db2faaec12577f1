using CivicCrm.Data;
using CivicCrm.Indexing;
using CivicCrm.KnowledgeBase.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.KnowledgeBase.Data;

public sealed class KnowledgeBaseModelContributor : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<KnowledgeBaseCategory>(category =>
        {
            category.ToTable("KnowledgeBaseCategories");
            category.HasKey(c => c.Id);
            category.Property(c => c.Name).HasMaxLength(120);
            category.Property(c => c.Slug).HasMaxLength(120);
            category.HasIndex(c => c.Slug).IsUnique();
            category.HasIndex(c => c.ParentId);
        });

        modelBuilder.Entity<HelpfulnessVote>(vote =>
        {
            vote.ToTable("KnowledgeBaseVotes");
            vote.HasKey(v => v.Id);
            vote.Property(v => v.ContentItemId).HasMaxLength(26);
            vote.Property(v => v.VoterKey).HasMaxLength(64);
            vote.Property(v => v.Comment).HasMaxLength(1000);
            vote.HasIndex(v => new { v.ContentItemId, v.VoterKey }).IsUnique();
        });

        modelBuilder.Entity<KnowledgeBaseView>(view =>
        {
            view.ToTable("KnowledgeBaseViews");
            view.HasKey(v => new { v.ContentItemId, v.Day });
            view.Property(v => v.ContentItemId).HasMaxLength(26);
            view.HasIndex(v => v.Day);
        });

        modelBuilder.Entity<KnowledgeBaseIndex>(index =>
        {
            index.ToTable("KnowledgeBaseIndex");
            index.IsContentIndex();
            index.Property(x => x.ContentType).HasMaxLength(40);
            index.Property(x => x.Title).HasMaxLength(500);
            index.Property(x => x.ExternalId).HasMaxLength(200);
            index.Property(x => x.Slug).HasMaxLength(200);
            index.Property(x => x.Status).HasMaxLength(20);
            index.Property(x => x.Audience).HasMaxLength(20);
            index.Property(x => x.RequestTypes).HasMaxLength(1000);
            index.HasIndex(x => new { x.ExternalId, x.Latest });
            index.HasIndex(x => new { x.Slug, x.Published });
            index.HasIndex(x => new { x.Status, x.Latest });
        });

        modelBuilder.Entity<KnowledgeBaseCategoryIndex>(index =>
        {
            index.ToTable("KnowledgeBaseCategoryIndex");
            index.IsContentIndex();
            index.Property(x => x.CategorySlug).HasMaxLength(120);
            index.HasIndex(x => new { x.CategorySlug, x.Published });
        });
    }
}
