using CivicCrm.Indexing;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>What this node is doing with one index: following the journal, rebuilding (with progress), or failing.</summary>
internal sealed class IndexActivity
{
    private readonly object _lock = new();
    private string? _rebuildingStamp;
    private string? _failedStamp;

    public int RebuildDone { get; private set; }

    public int RebuildTotal { get; private set; }

    public string? LastError { get; private set; }

    public bool Rebuilding
    {
        get
        {
            lock (_lock)
            {
                return _rebuildingStamp is not null;
            }
        }
    }

    public SearchIndexState State => Rebuilding ? SearchIndexState.Rebuilding : LastError is null ? SearchIndexState.Ready : SearchIndexState.Failing;

    /// <summary>
    /// False when a rebuild is running already (a newer stamp is picked up once it ends) or this stamp's rebuild failed
    /// (a rebuild asked for in the admin gives a new stamp).
    /// </summary>
    public bool TryStartRebuild(string stamp)
    {
        lock (_lock)
        {
            if (_rebuildingStamp is not null || _failedStamp == stamp)
            {
                return false;
            }

            _rebuildingStamp = stamp;
            RebuildDone = 0;
            RebuildTotal = 0;
            return true;
        }
    }

    public void Progress(int done, int total)
    {
        RebuildDone = done;
        RebuildTotal = total;
    }

    public void FinishRebuild(string? error)
    {
        lock (_lock)
        {
            _failedStamp = error is null ? null : _rebuildingStamp;
            _rebuildingStamp = null;
            LastError = error;
        }
    }

    public void Fail(string message) => LastError = message;

    public void Succeed()
    {
        if (!Rebuilding)
        {
            LastError = null;
        }
    }
}
