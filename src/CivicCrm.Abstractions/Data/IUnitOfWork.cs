namespace CivicCrm.Data;

/// <summary>
/// The request's transaction. Nested scopes join the outer one; only the outermost commits, so a content save,
/// its index rows and its journal entry commit together or not at all.
/// </summary>
public interface IUnitOfWork
{
    Task<IUnitOfWorkScope> BeginAsync(CancellationToken cancellationToken = default);

    /// <summary>Runs the action once the outermost scope has committed (at once when no scope is open).</summary>
    void AfterCommit(Action action);
}
