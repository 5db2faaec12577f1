using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CivicCrm.Data;

/// <summary>One database transaction per scope (request), joined by nested scopes.</summary>
internal sealed class UnitOfWork(CivicDbContext db) : IUnitOfWork
{
    private readonly List<Action> _afterCommit = [];
    private IDbContextTransaction? _transaction;
    private int _depth;
    private bool _failed;

    public async Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken = default)
    {
        if (_depth == 0)
        {
            _transaction = db.Database.CurrentTransaction is null
                ? await db.Database.BeginTransactionAsync(cancellationToken)
                : null;
            _failed = false;
        }

        _depth++;
        return new Scope(this);
    }

    public void AfterCommit(Action action)
    {
        if (_depth == 0)
        {
            action();
        }
        else
        {
            _afterCommit.Add(action);
        }
    }

    private async Task CompleteAsync(CancellationToken cancellationToken)
    {
        if (_depth > 1)
        {
            return;
        }

        if (_failed)
        {
            throw new InvalidOperationException("An inner unit of work failed; the transaction cannot commit.");
        }

        if (_transaction is not null)
        {
            await _transaction.CommitAsync(cancellationToken);
        }

        var actions = _afterCommit.ToList();
        _afterCommit.Clear();
        foreach (var action in actions)
        {
            action();
        }
    }

    private async ValueTask EndAsync(bool completed)
    {
        _failed |= !completed;
        _depth--;
        if (_depth > 0)
        {
            return;
        }

        if (_transaction is not null)
        {
            if (_failed)
            {
                await _transaction.RollbackAsync();
            }

            await _transaction.DisposeAsync();
            _transaction = null;
        }

        if (_failed)
        {
            // What was tracked belongs to the rolled back transaction and must not leak into the next save.
            db.ChangeTracker.Clear();
            _afterCommit.Clear();
        }
    }

    private sealed class Scope(UnitOfWork owner) : IUnitOfWorkScope
    {
        private bool _completed;
        private bool _disposed;

        public async Task CompleteAsync(CancellationToken cancellationToken = default)
        {
            await owner.CompleteAsync(cancellationToken);
            _completed = true;
        }

        public async ValueTask DisposeAsync()
        {
            if (!_disposed)
            {
                _disposed = true;
                await owner.EndAsync(_completed);
            }
        }
    }
}
