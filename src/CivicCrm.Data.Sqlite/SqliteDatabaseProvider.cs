using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Data.Sqlite;

public sealed class SqliteDatabaseProvider : IDatabaseProvider
{
    public string Name => "Sqlite";

    public void AddDbContext(IServiceCollection services, string connectionString)
    {
        services.AddDbContext<SqliteCivicDbContext>(options => Configure(options, connectionString));
        services.AddScoped<CivicDbContext>(sp => sp.GetRequiredService<SqliteCivicDbContext>());
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseSqlite(connectionString, sqlite => sqlite.MigrationsAssembly(typeof(SqliteDatabaseProvider).Assembly.GetName().Name));

    public bool IsUniqueViolation(Exception exception) =>
        exception.InnerException is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 19, SqliteExtendedErrorCode: 2067 or 1555 };

    /// <summary>One SQLite file serves one node; the write transaction already excludes other writers.</summary>
    public Task LockForSetupAsync(CivicDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task InitializeAsync(CivicDbContext db, CancellationToken cancellationToken)
    {
        // Write-ahead logging lets readers and the writer work at once; the mode is stored in the file.
        await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
    }
}
