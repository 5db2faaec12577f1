using CivicCrm.Departments.Calendar;

namespace CivicCrm.Tests.Unit.Departments;

public class WeeklyHoursTests
{
    [Theory]
    [InlineData("08:00-17:00", "08:00-17:00")]
    [InlineData(" 13:00-17:00 ,8:00-12:00 ", "08:00-12:00, 13:00-17:00")]
    [InlineData("00:00-24:00", "00:00-24:00")]
    [InlineData("", "")]
    public void TryParseDay_ValidRanges_AreSortedAndFormatted(string text, string formatted)
    {
        Assert.True(WeeklyHours.TryParseDay(text, out var ranges, out var error), error);
        Assert.Equal(formatted, string.Join(", ", ranges));
    }

    [Theory]
    [InlineData("17:00-08:00", "ends before it starts")]
    [InlineData("08:00-12:00, 11:00-17:00", "overlap")]
    [InlineData("8-5", "not a range")]
    [InlineData("08:00-25:00", "not a range")]
    public void TryParseDay_BadRanges_SayWhatIsWrong(string text, string message)
    {
        Assert.False(WeeklyHours.TryParseDay(text, out _, out var error));
        Assert.Contains(message, error, StringComparison.Ordinal);
    }
}
