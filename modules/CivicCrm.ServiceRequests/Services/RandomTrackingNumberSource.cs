namespace CivicCrm.ServiceRequests.Services;

/// <summary>Fresh random tracking numbers; the unique index, not this source, guarantees they are unused.</summary>
internal sealed class RandomTrackingNumberSource : ITrackingNumberSource
{
    public string Next() => TrackingNumbers.New();
}
