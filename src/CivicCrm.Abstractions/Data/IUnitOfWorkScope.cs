namespace CivicCrm.Data;

public interface IUnitOfWorkScope : IAsyncDisposable
{
    /// <summary>Marks the scope complete; the outermost scope commits. A scope disposed without it rolls back.</summary>
    Task CompleteAsync(CancellationToken cancellationToken = default);
}
