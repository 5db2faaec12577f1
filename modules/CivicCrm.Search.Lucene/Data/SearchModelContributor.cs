using CivicCrm.Data;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Search.Lucene.Data;

/// <summary>Each node's report on its copies of the indexes, so the admin of any node shows them all.</summary>
public sealed class SearchModelContributor : IDataModelContributor
{
    public void Configure(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<SearchNodeStatusRecord>(status =>
        {
            status.ToTable("SearchNodeStatus");
            status.HasKey(s => new { s.Node, s.IndexName });
            status.Property(s => s.Node).HasMaxLength(64);
            status.Property(s => s.IndexName).HasMaxLength(64);
            status.Property(s => s.State).HasConversion<string>().HasMaxLength(16);
            status.Property(s => s.LastError).HasMaxLength(1000);
        });
}
