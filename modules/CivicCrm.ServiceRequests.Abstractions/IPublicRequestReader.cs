namespace CivicCrm.ServiceRequests;

/// <summary>Public reads of reports and of their problems' public history, for open-data and app channels.</summary>
public interface IPublicRequestReader
{
    Task<IReadOnlyList<PublicRequestInfo>> SearchAsync(PublicRequestQuery query, CancellationToken cancellationToken = default);

    /// <summary>Public changes made in [fromUtc, toUtc], oldest first, one per report of the changed problem filed before the change.</summary>
    Task<IReadOnlyList<PublicRequestUpdate>> UpdatesAsync(DateTime fromUtc, DateTime toUtc, int take, CancellationToken cancellationToken = default);
}
