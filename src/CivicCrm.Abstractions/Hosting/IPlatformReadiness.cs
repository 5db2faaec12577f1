namespace CivicCrm.Hosting;

/// <summary>
/// Completes once the database is migrated and first-run setup has run. A module's background worker waits for it
/// before touching the database.
/// </summary>
public interface IPlatformReadiness
{
    bool IsReady { get; }

    Task WaitAsync(CancellationToken cancellationToken);
}
