namespace CivicCrm.Hosting;

/// <summary>
/// Where background workers report each run, so <c>/health</c> can say whether scheduled work (the outbox, SLA
/// checks, search indexing) is running: a worker whose runs keep failing, or that stopped running, shows there.
/// </summary>
public interface IBackgroundWorkerHealth
{
    /// <summary>A run of <paramref name="worker"/> (which runs about every <paramref name="every"/>) finished.</summary>
    void Succeeded(string worker, TimeSpan every);

    /// <summary>A run of <paramref name="worker"/> failed; it tries again at its next run.</summary>
    void Failed(string worker, TimeSpan every, Exception exception);
}
