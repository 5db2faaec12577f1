using CivicCrm.Departments.Calendar;

namespace CivicCrm.Tests.Unit.Departments;

/// <summary>Riverton's office calendar: America/Chicago, Monday to Friday 08:00–17:00, US federal holidays, closed 2026-12-24.</summary>
public class BusinessCalendarTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    private static BusinessCalendar Office(string hours = "08:00-17:00")
    {
        var holidays = HolidaySets.Holidays(HolidaySets.UsFederal);
        var closure = new DateOnly(2026, 12, 24);
        return new BusinessCalendar(Chicago, Week(hours, WeeklyHours.Days.Take(5)), day => day == closure || holidays(day));
    }

    private static BusinessCalendar AroundTheClock() => new(Chicago, Week("00:00-24:00", WeeklyHours.Days), _ => false);

    private static WeeklyHours Week(string hours, IEnumerable<DayOfWeek> days)
    {
        Assert.True(WeeklyHours.TryParseDay(hours, out var ranges, out _));
        return new WeeklyHours(days.ToDictionary(d => d, _ => ranges));
    }

    /// <summary>A wall-clock time in Chicago with the offset in force then.</summary>
    private static DateTimeOffset Local(int month, int day, int hour, int minute = 0, int year = 2026)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Chicago.GetUtcOffset(local));
    }

    [Fact]
    public void Add_StartBeforeOpening_CountsFromOpening() =>
        Assert.Equal(Local(6, 9, 9), Office().Add(Local(6, 9, 6), TimeSpan.FromHours(1)));

    [Fact]
    public void Add_OvernightStart_ContinuesNextMorning() =>
        Assert.Equal(Local(6, 10, 10), Office().Add(Local(6, 9, 22), TimeSpan.FromHours(2)));

    [Fact]
    public void Add_FridayEvening_SkipsTheWeekend() =>
        Assert.Equal(Local(6, 15, 12), Office().Add(Local(6, 12, 18), TimeSpan.FromHours(4)));

    [Fact]
    public void Add_OverAHolidayMonday_ResumesTuesday() =>
        // Memorial Day, Monday 2026-05-25.
        Assert.Equal(Local(5, 26, 10), Office().Add(Local(5, 22, 16), TimeSpan.FromHours(3)));

    [Fact]
    public void Add_SaturdayHoliday_IsObservedOnFriday() =>
        // 4 July 2026 is a Saturday: offices close on Friday the 3rd.
        Assert.Equal(Local(7, 6, 9), Office().Add(Local(7, 2, 16), TimeSpan.FromHours(2)));

    [Fact]
    public void Add_OverALocalClosureAndChristmas_ResumesAfterTheWeekend() =>
        // Thursday 24 December is a local closure, Friday 25 a federal holiday.
        Assert.Equal(Local(12, 28, 9), Office().Add(Local(12, 23, 16), TimeSpan.FromHours(2)));

    [Fact]
    public void Add_StartExactlyAtClosingTime_StartsCountingNextWorkingDay() =>
        Assert.Equal(Local(6, 10, 9), Office().Add(Local(6, 9, 17), TimeSpan.FromHours(1)));

    [Fact]
    public void Add_EndingExactlyAtClosingTime_IsDueAtClosing() =>
        Assert.Equal(Local(6, 9, 17), Office().Add(Local(6, 9, 16), TimeSpan.FromHours(1)));

    [Fact]
    public void Add_OverLunch_SkipsTheBreak() =>
        Assert.Equal(Local(6, 9, 13, 30), Office("08:00-12:00, 13:00-17:00").Add(Local(6, 9, 11, 30), TimeSpan.FromHours(1)));

    [Fact]
    public void Add_OverTheSpringForwardWeekend_LandsOnDaylightTime()
    {
        var due = Office().Add(Local(3, 6, 16), TimeSpan.FromHours(2));

        Assert.Equal(new DateTimeOffset(2026, 3, 9, 9, 0, 0, TimeSpan.FromHours(-5)), due);
        Assert.Equal(TimeSpan.FromHours(-5), due.Offset);
    }

    [Fact]
    public void Between_SpringForwardDay_HasTwentyThreeHours() =>
        Assert.Equal(TimeSpan.FromHours(23), AroundTheClock().Between(Local(3, 8, 0), Local(3, 9, 0)));

    [Fact]
    public void Between_FallBackDay_HasTwentyFiveHours() =>
        Assert.Equal(TimeSpan.FromHours(25), AroundTheClock().Between(Local(11, 1, 0), Local(11, 2, 0)));

    [Fact]
    public void Add_AroundTheClockOverSpringForward_AddsRealElapsedTime() =>
        // Saturday 12:00 CST is 18:00Z; 36 real hours later is Monday 06:00Z, 01:00 CDT.
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 1, 0, 0, TimeSpan.FromHours(-5)), AroundTheClock().Add(Local(3, 7, 12), TimeSpan.FromHours(36)));

    [Fact]
    public void Add_RangeOpeningInTheSpringForwardGap_OpensAfterTheGap()
    {
        var calendar = new BusinessCalendar(Chicago, Week("02:30-04:00", [DayOfWeek.Sunday]), _ => false);

        // 02:30 does not exist on 8 March 2026; it is read as 03:30 CDT, leaving half an hour until 04:00.
        Assert.Equal(TimeSpan.FromMinutes(30), calendar.Between(Local(3, 8, 0), Local(3, 9, 0)));
    }

    [Fact]
    public void Between_OverTheWeekend_CountsOnlyWorkingHours() =>
        Assert.Equal(TimeSpan.FromHours(2), Office().Between(Local(6, 12, 16), Local(6, 15, 9)));

    [Fact]
    public void Between_ToBeforeFrom_IsZero() =>
        Assert.Equal(TimeSpan.Zero, Office().Between(Local(6, 15, 9), Local(6, 12, 16)));

    [Theory]
    [InlineData(6, 12, 18, 0, 4.0)]
    [InlineData(5, 22, 16, 30, 9.5)]
    [InlineData(12, 23, 7, 15, 40.25)]
    [InlineData(3, 6, 13, 0, 30.0)]
    [InlineData(10, 30, 12, 0, 17.0)]
    public void Between_IsTheInverseOfAdd(int month, int day, int hour, int minute, double hours)
    {
        var calendar = Office("08:00-12:00, 13:00-17:00");
        var start = Local(month, day, hour, minute);

        var due = calendar.Add(start, TimeSpan.FromHours(hours));

        Assert.Equal(hours, calendar.Between(start, due).TotalHours, 6);
    }

    [Fact]
    public void Add_ZeroHours_IsTheStart() =>
        Assert.Equal(Local(6, 13, 10), Office().Add(Local(6, 13, 10), TimeSpan.Zero));

    [Fact]
    public void Add_CalendarWithoutWorkingHours_Throws() =>
        Assert.Throws<InvalidOperationException>(() => new BusinessCalendar(Chicago, new WeeklyHours(new Dictionary<DayOfWeek, IReadOnlyList<TimeRange>>()), _ => false)
            .Add(Local(6, 9, 9), TimeSpan.FromHours(1)));
}
