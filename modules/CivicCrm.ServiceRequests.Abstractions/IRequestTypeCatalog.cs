namespace CivicCrm.ServiceRequests;

/// <summary>The active request types residents can report, ordered by group and name.</summary>
public interface IRequestTypeCatalog
{
    Task<IReadOnlyList<ServiceTypeInfo>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>The active type with this exact code, or null.</summary>
    Task<ServiceTypeInfo?> FindAsync(string code, CancellationToken cancellationToken = default);
}
