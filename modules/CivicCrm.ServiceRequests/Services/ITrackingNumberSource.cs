namespace CivicCrm.ServiceRequests.Services;

/// <summary>Where intake draws new tracking numbers from; random (<see cref="TrackingNumbers.New"/>) unless a test replaces it.</summary>
public interface ITrackingNumberSource
{
    string Next();
}
