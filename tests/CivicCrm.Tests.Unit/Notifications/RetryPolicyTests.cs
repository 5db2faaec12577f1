using CivicCrm.Notifications.Services;

namespace CivicCrm.Tests.Unit.Notifications;

public class RetryPolicyTests
{
    private static readonly TimeSpan Base = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan Max = TimeSpan.FromHours(6);

    [Theory]
    [InlineData(1, 30)]
    [InlineData(2, 60)]
    [InlineData(3, 120)]
    [InlineData(8, 3840)]
    public void DelayAfter_DoublesWithEachFailure(int failures, int expectedSeconds)
    {
        Assert.Equal(TimeSpan.FromSeconds(expectedSeconds), RetryPolicy.DelayAfter(failures, Base, Max));
    }

    [Theory]
    [InlineData(11)]
    [InlineData(100)]
    [InlineData(int.MaxValue)]
    public void DelayAfter_ManyFailures_StopsAtTheCap(int failures)
    {
        Assert.Equal(Max, RetryPolicy.DelayAfter(failures, Base, Max));
    }

    [Fact]
    public void DelayAfter_NoFailure_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RetryPolicy.DelayAfter(0, Base, Max));
    }
}
