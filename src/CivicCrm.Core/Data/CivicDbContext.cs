using CivicCrm.Content;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Data;

/// <summary>
/// The one platform context. Its model is the platform's tables plus what installed modules contribute; each
/// database provider derives it once to hold that provider's migrations. It also keeps the data protection
/// keys, so every node behind a load balancer can read the cookies and antiforgery tokens of the others.
/// </summary>
public abstract class CivicDbContext(DbContextOptions options, DataModel model) : DbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    /// <summary>The contributors this context's model was built from; part of the model cache key.</summary>
    public DataModel DataModel { get; } = model;

    public DbSet<ContentItem> ContentItems => Set<ContentItem>();
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<FeatureState> FeatureStates => Set<FeatureState>();

    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<Microsoft.EntityFrameworkCore.Infrastructure.IModelCacheKeyFactory, DataModelCacheKeyFactory>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every DateTime is stored and read as UTC, so SQLite (which keeps no kind) answers like PostgreSQL.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        foreach (var contributor in DataModel.Contributors)
        {
            contributor.Configure(modelBuilder);
        }
    }
}
