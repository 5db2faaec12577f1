using CivicCrm.Open311.Services;

namespace CivicCrm.Tests.Unit.Open311;

public class ExtendedStatusesTests
{
    public static TheoryData<string> Lifecycle() =>
        ["submitted", "acknowledged", "in_progress", "on_hold", "resolved", "closed", "duplicate", "transferred", "cancelled"];

    [Theory]
    [MemberData(nameof(Lifecycle))]
    public void FromLifecycle_EveryStatus_IsAKnownExtendedStatus(string status)
    {
        Assert.True(ExtendedStatuses.IsKnown(ExtendedStatuses.FromLifecycle(status)));
    }

    [Theory]
    [InlineData("FIXED", "resolved")]
    [InlineData("closed", "closed")]
    [InlineData("REOPEN", "submitted")]
    [InlineData("INVESTIGATING", "acknowledged")]
    [InlineData("NOT_COUNCILS_RESPONSIBILITY", "closed")]
    [InlineData("DUPLICATE", null)]
    [InlineData("INTERNAL_REFERRAL", null)]
    public void ToLifecycle_MapsToTheNearestStatus_OrNoneForMergeAndTransfer(string extended, string? expected)
    {
        Assert.Equal(expected, ExtendedStatuses.ToLifecycle(extended));
    }
}
