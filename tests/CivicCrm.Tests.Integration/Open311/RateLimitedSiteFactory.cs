namespace CivicCrm.Tests.Integration.Open311;

/// <summary>Open311 with a rate limit of three calls per key per minute.</summary>
public sealed class RateLimitedSiteFactory : Open311SiteFactory
{
    protected override int RateLimit => 3;
}
