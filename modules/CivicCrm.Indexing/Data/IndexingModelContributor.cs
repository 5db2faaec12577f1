using CivicCrm.Data;
using CivicCrm.Indexing.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Indexing.Data;

/// <summary>The index definitions.</summary>
public sealed class IndexingModelContributor : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<SearchIndexDefinitionRecord>(definition =>
        {
            definition.ToTable("SearchIndexDefinitions");
            definition.HasKey(d => d.Name);
            definition.Property(d => d.Name).HasMaxLength(64);
            definition.Property(d => d.Stamp).HasMaxLength(32).IsConcurrencyToken();
        });
}
