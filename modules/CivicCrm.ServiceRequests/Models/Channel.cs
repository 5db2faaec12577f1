namespace CivicCrm.ServiceRequests.Models;

public enum Channel
{
    Phone = 1,
    Web = 2,
    Email = 3,
    Api = 4,
    WalkIn = 5,
    Fax = 6,
    Import = 7,

    /// <summary>An Open311 GeoReport v2 app (FixMyStreet, a city's mobile app).</summary>
    Open311 = 8,
}
