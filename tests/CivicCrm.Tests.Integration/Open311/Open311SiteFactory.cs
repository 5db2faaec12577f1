using CivicCrm.Tests.Support;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>The demo city with Open311 configured: a jurisdiction, GRAFFITI as a batch service filed every second, a generous rate limit.</summary>
public class Open311SiteFactory : SiteFactory
{
    public const string Jurisdiction = "riverton.example.gov";

    protected virtual int RateLimit => 100_000;

    protected override IEnumerable<KeyValuePair<string, string>> Settings =>
    [
        new("CivicCrm:Open311:JurisdictionId", Jurisdiction),
        new("CivicCrm:Open311:RateLimit", RateLimit.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        new("CivicCrm:Open311:BatchServiceCodes:0", "GRAFFITI"),
        new("CivicCrm:Open311:BatchIntervalSeconds", "1"),
    ];
}
