namespace CivicCrm.Hosting;

/// <summary>Completes once the database is migrated and setup has run; background work waits for it.</summary>
public sealed class PlatformReadiness : IPlatformReadiness
{
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public bool IsReady => _ready.Task.IsCompleted;

    public void MarkReady() => _ready.TrySetResult();

    public Task WaitAsync(CancellationToken cancellationToken) => _ready.Task.WaitAsync(cancellationToken);
}
