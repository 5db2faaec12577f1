using CivicCrm.Open311.Endpoints;

namespace CivicCrm.Tests.Unit.Open311;

public class DateWindowTests
{
    private static readonly DateTime Now = new(2026, 12, 3, 18, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Read_Neither_IsTheLast90Days()
    {
        var (from, to, error) = DateWindow.Read(null, null, Now);

        Assert.Null(error);
        Assert.Equal(Now, to);
        Assert.Equal(Now.AddDays(-90), from);
    }

    [Fact]
    public void Read_StartOnly_Is90DaysFromIt_InUtc()
    {
        var (from, to, error) = DateWindow.Read("2026-01-01T00:00:00-06:00", null, Now);

        Assert.Null(error);
        Assert.Equal(new DateTime(2026, 1, 1, 6, 0, 0, DateTimeKind.Utc), from);
        Assert.Equal(from.AddDays(90), to);
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-02T00:00:00Z", "start_date")]
    [InlineData("2026-01-01T00:00:00Z", "2026-01-02T00:00:00", "end_date")]
    [InlineData("2026-01-01T00:00:00Z", "2026-04-02T00:00:00Z", "90 days")]
    [InlineData("2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z", "before")]
    public void Read_BadInput_NamesTheProblem(string start, string end, string expected)
    {
        var (_, _, error) = DateWindow.Read(start, end, Now);

        Assert.Contains(expected, error, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_Exactly90Days_IsAccepted()
    {
        Assert.Null(DateWindow.Read("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", Now).Error);
    }
}
