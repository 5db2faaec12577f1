using System.Collections.Concurrent;
using CivicCrm.Indexing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace CivicCrm.Search.Lucene.Engine;

/// <summary>
/// This node's copies of every index definition: opens them from disk (or creates them empty, to be filled from the
/// journal), applies the journal to them, rebuilds a copy whose definition changed in the background and swaps it in
/// when it has caught up. One catch-up runs at a time.
/// </summary>
internal sealed class SearchIndexHost : IDisposable
{
    private const string PointerFile = "current";

    private readonly IServiceScopeFactory _scopes;
    private readonly ILogger<SearchIndexHost> _logger;
    private readonly TimeProvider _clock;
    private readonly JournalApplier _applier;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly ConcurrentDictionary<string, LuceneIndex> _indexes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, IndexActivity> _activity = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource _stopping = new();
    private readonly TimeSpan _gapWait;

    public SearchIndexHost(
        IServiceScopeFactory scopes, IOptions<SearchOptions> options, IHostEnvironment environment, TimeProvider clock, ILogger<SearchIndexHost> logger)
    {
        _scopes = scopes;
        _logger = logger;
        _clock = clock;
        NodeName = options.Value.NodeName is { Length: > 0 } node ? node : Environment.MachineName;
        var configured = options.Value.IndexPath;
        Root = string.IsNullOrWhiteSpace(configured)
            ? Path.Combine(environment.ContentRootPath, "App_Data", "indexes", NodeName)
            : Path.GetFullPath(configured, environment.ContentRootPath);
        _gapWait = TimeSpan.FromSeconds(3);
        _applier = new JournalApplier(scopes, clock, options.Value.BatchSize, _gapWait);
    }

    public string NodeName { get; }

    /// <summary>The folder holding one sub-folder per index.</summary>
    public string Root { get; }

    public IReadOnlyCollection<string> IndexNames => _indexes.Keys.ToList();

    /// <summary>Takes a lease on the current copy of an index; null when this node has none (yet).</summary>
    public LuceneIndex? Lease(string name)
    {
        for (var attempt = 0; attempt < 3; attempt++)
        {
            if (!_indexes.TryGetValue(name, out var index))
            {
                return null;
            }

            if (index.TryLease())
            {
                return index;
            }
        }

        return null;
    }

    public IndexActivity ActivityOf(string name) => _activity.GetOrAdd(name, _ => new IndexActivity());

    /// <summary>Opens, creates, drops and rebuilds copies to match the definitions, then applies the journal to each.</summary>
    public async Task CatchUpAsync(CancellationToken cancellationToken)
    {
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, _stopping.Token);
        var token = linked.Token;
        await _gate.WaitAsync(token);
        try
        {
            IReadOnlyList<SearchIndexDefinition> definitions;
            await using (var scope = _scopes.CreateAsyncScope())
            {
                definitions = await scope.ServiceProvider.GetRequiredService<ISearchIndexDefinitions>().ListAsync(token);
            }

            Synchronize(definitions);
            var started = _clock.GetUtcNow();
            foreach (var name in _indexes.Keys.ToList())
            {
                while (await CatchUpOneAsync(name, token) == BatchOutcome.WaitingForGap && _clock.GetUtcNow() - started < _gapWait + TimeSpan.FromSeconds(1))
                {
                    await Task.Delay(50, token);
                }
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Applies the journal to one copy until it has caught up (or reaches a gap); a failed batch is dropped and retried later.</summary>
    private async Task<BatchOutcome> CatchUpOneAsync(string name, CancellationToken cancellationToken)
    {
        var activity = ActivityOf(name);
        while (_indexes.TryGetValue(name, out var index))
        {
            BatchOutcome outcome;
            try
            {
                outcome = await _applier.ApplyBatchAsync(index, cancellationToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException && !cancellationToken.IsCancellationRequested)
            {
                activity.Fail(exception.Message);
                SearchLog.BatchFailed(_logger, name, index.Cursor, exception);
                Reopen(name, index);
                return BatchOutcome.CaughtUp;
            }

            activity.Succeed();
            if (outcome != BatchOutcome.Applied)
            {
                return outcome;
            }
        }

        return BatchOutcome.CaughtUp;
    }

    /// <summary>Drops the uncommitted half of a failed batch by closing the writer without a commit, and opens the copy again.</summary>
    private void Reopen(string name, LuceneIndex failed)
    {
        var definition = failed.Definition;
        failed.Abandon();
        _indexes[name] = LuceneIndex.Open(failed.Path, definition);
    }

    private void Synchronize(IReadOnlyList<SearchIndexDefinition> definitions)
    {
        foreach (var definition in definitions)
        {
            if (!_indexes.TryGetValue(definition.Name, out var index))
            {
                index = OpenCurrent(definition);
                _indexes[definition.Name] = index;
            }

            if (index.Matches(definition))
            {
                index.Use(definition);
            }
            else
            {
                StartRebuild(definition);
            }
        }

        foreach (var name in _indexes.Keys.Where(n => definitions.All(d => d.Name != n)).ToList())
        {
            if (_indexes.TryRemove(name, out var removed))
            {
                removed.Retire(deleteFiles: true);
                _activity.TryRemove(name, out _);
                SearchLog.IndexDropped(_logger, name);
            }
        }
    }

    /// <summary>The copy the pointer file names, or a new empty one; leftovers of interrupted rebuilds are deleted.</summary>
    private LuceneIndex OpenCurrent(SearchIndexDefinition definition)
    {
        var folder = Path.Combine(Root, definition.Name);
        Directory.CreateDirectory(folder);
        var pointer = Path.Combine(folder, PointerFile);
        var current = File.Exists(pointer) ? File.ReadAllText(pointer).Trim() : "";
        if (current.Length == 0 || !Directory.Exists(Path.Combine(folder, current)))
        {
            current = NewCopyName(definition);
            File.WriteAllText(pointer, current);
        }

        foreach (var leftover in Directory.EnumerateDirectories(folder).Where(d => Path.GetFileName(d) != current))
        {
            LuceneIndex.TryDelete(leftover);
        }

        var index = LuceneIndex.Open(Path.Combine(folder, current), definition);
        SearchLog.IndexOpened(_logger, definition.Name, index.Cursor, index.Path);
        if (index.Analyzers.SynonymError is { } error)
        {
            SearchLog.SynonymsIgnored(_logger, definition.Name, error);
        }

        return index;
    }

    private string NewCopyName(SearchIndexDefinition definition) =>
        $"{_clock.GetUtcNow().UtcTicks:x}-{(definition.Stamp.Length > 8 ? definition.Stamp[..8] : definition.Stamp)}";

    private void StartRebuild(SearchIndexDefinition definition)
    {
        var activity = ActivityOf(definition.Name);
        if (!activity.TryStartRebuild(definition.Stamp))
        {
            return;
        }

        _ = Task.Run(() => RebuildAsync(definition, activity, _stopping.Token));
    }

    /// <summary>
    /// Builds a new copy from every published item while searches use the old one, then (holding the catch-up gate)
    /// applies the journal written meanwhile, points the pointer file at the new copy and swaps it in.
    /// </summary>
    private async Task RebuildAsync(SearchIndexDefinition definition, IndexActivity activity, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Root, definition.Name);
        var name = NewCopyName(definition);
        LuceneIndex? fresh = null;
        try
        {
            fresh = LuceneIndex.Open(Path.Combine(folder, name), definition);
            SearchLog.RebuildStarted(_logger, definition.Name);
            long start;
            IReadOnlyList<string> ids;
            await using (var scope = _scopes.CreateAsyncScope())
            {
                start = await scope.ServiceProvider.GetRequiredService<IIndexingJournal>().LastIdAsync(cancellationToken);
                ids = await scope.ServiceProvider.GetRequiredService<IContentSource>().ListPublishedAsync(definition.ContentTypes, cancellationToken);
            }

            activity.Progress(0, ids.Count);
            foreach (var chunk in ids.Chunk(100))
            {
                await using var scope = _scopes.CreateAsyncScope();
                var source = scope.ServiceProvider.GetRequiredService<IContentSource>();
                foreach (var id in chunk)
                {
                    await JournalApplier.ApplyAsync(fresh, source, id, delete: false, cancellationToken);
                }

                activity.Progress(activity.RebuildDone + chunk.Length, ids.Count);
            }

            fresh.Commit(start);
            await _gate.WaitAsync(cancellationToken);
            try
            {
                while (await _applier.ApplyBatchAsync(fresh, cancellationToken) != BatchOutcome.CaughtUp)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                }

                File.WriteAllText(Path.Combine(folder, PointerFile), name);
                var old = _indexes.TryGetValue(definition.Name, out var existing) ? existing : null;
                _indexes[definition.Name] = fresh;
                old?.Retire(deleteFiles: true);
                fresh = null;
            }
            finally
            {
                _gate.Release();
            }

            activity.FinishRebuild(null);
            SearchLog.RebuildFinished(_logger, definition.Name, ids.Count);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping: whatever failed (a cancelled query, a closed connection), the previous copy stays in use.
            activity.FinishRebuild(null);
        }
        catch (Exception exception)
        {
            activity.FinishRebuild(exception.Message);
            SearchLog.RebuildFailed(_logger, definition.Name, exception);
        }
        finally
        {
            fresh?.Retire(deleteFiles: true);
        }
    }

    private bool _disposed;

    public bool IsStopping => _stopping.IsCancellationRequested;

    /// <summary>Cancels a rebuild or catch-up in flight; called when the application starts stopping.</summary>
    public void Stop()
    {
        if (!_disposed)
        {
            _stopping.Cancel();
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _stopping.Cancel();
        // Wait for a catch-up in progress, so no batch is written while its index is closed.
        if (_gate.Wait(TimeSpan.FromSeconds(10)))
        {
            foreach (var index in _indexes.Values)
            {
                index.Retire(deleteFiles: false);
            }

            _indexes.Clear();
            _gate.Release();
        }

        _stopping.Dispose();
    }
}
