using CivicCrm.Data;
using CivicCrm.Data.Postgres;
using CivicCrm.Data.Sqlite;
using CivicCrm.Modules;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Tests.Unit.Data;

/// <summary>Every model change must come with migrations for both providers (scripts/add-migration.sh).</summary>
public class MigrationTests
{
    private static DataModel InstalledModel() =>
        DataModel.Discover(ModuleDiscovery.FromAssemblies(ModuleDiscovery.LoadApplicationAssemblies()).Select(m => m.Assembly!));

    [Fact]
    public void SqliteMigrations_MatchTheModel()
    {
        var options = new DbContextOptionsBuilder<SqliteCivicDbContext>();
        SqliteDatabaseProvider.Configure(options, "Data Source=:memory:");
        using var db = new SqliteCivicDbContext(options.Options, InstalledModel());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the SQLite model has changes without a migration.");
    }

    [Fact]
    public void PostgresMigrations_MatchTheModel()
    {
        var options = new DbContextOptionsBuilder<PostgresCivicDbContext>();
        PostgresDatabaseProvider.Configure(options, "Host=127.0.0.1;Database=unused");
        using var db = new PostgresCivicDbContext(options.Options, InstalledModel());

        Assert.NotEmpty(db.Database.GetMigrations());
        Assert.False(db.Database.HasPendingModelChanges(), "Run scripts/add-migration.sh: the PostgreSQL model has changes without a migration.");
    }

    [Fact]
    public void InstalledModel_HasEveryModuleTable()
    {
        var options = new DbContextOptionsBuilder<SqliteCivicDbContext>();
        SqliteDatabaseProvider.Configure(options, "Data Source=:memory:");
        using var db = new SqliteCivicDbContext(options.Options, InstalledModel());

        var tables = db.Model.GetEntityTypes().Select(t => t.GetTableName()).ToHashSet();

        Assert.Superset(new HashSet<string?> { "ContentItems", "ContentItemIndex", "IndexingJournal", "AuditLog", "Documents", "FeatureStates", "AspNetUsers", "AspNetRoles", "ApiKeys", "DataProtectionKeys" }, tables);
    }
}
