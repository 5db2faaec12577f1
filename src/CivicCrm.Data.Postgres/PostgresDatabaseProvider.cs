using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Data.Postgres;

public sealed class PostgresDatabaseProvider : IDatabaseProvider
{
    public string Name => "Postgres";

    public void AddDbContext(IServiceCollection services, string connectionString)
    {
        services.AddDbContext<PostgresCivicDbContext>(options => Configure(options, connectionString));
        services.AddScoped<CivicDbContext>(sp => sp.GetRequiredService<PostgresCivicDbContext>());
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsAssembly(typeof(PostgresDatabaseProvider).Assembly.GetName().Name));

    public bool IsUniqueViolation(Exception exception) =>
        exception.InnerException is Npgsql.PostgresException { SqlState: Npgsql.PostgresErrorCodes.UniqueViolation };

    public Task LockForSetupAsync(CivicDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_xact_lock(7311311)", cancellationToken);

    public Task InitializeAsync(CivicDbContext db, CancellationToken cancellationToken) => Task.CompletedTask;
}
