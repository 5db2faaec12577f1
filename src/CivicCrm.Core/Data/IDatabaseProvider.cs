using Microsoft.Extensions.DependencyInjection;

namespace CivicCrm.Data;

/// <summary>A database the platform can run on. Each lives in its own assembly with its own migrations.</summary>
public interface IDatabaseProvider : IDatabaseErrors
{
    /// <summary>The value of <c>CivicCrm:Database:Provider</c> that selects it.</summary>
    string Name { get; }

    /// <summary>Registers the provider's derived context as <see cref="CivicDbContext"/>.</summary>
    void AddDbContext(IServiceCollection services, string connectionString);

    /// <summary>
    /// Inside the current transaction, waits until no other node is running first-run setup; released at commit.
    /// </summary>
    Task LockForSetupAsync(CivicDbContext db, CancellationToken cancellationToken);

    /// <summary>Runs after migrations, e.g. to switch SQLite to write-ahead logging.</summary>
    Task InitializeAsync(CivicDbContext db, CancellationToken cancellationToken);
}
